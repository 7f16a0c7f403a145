package io.arrflow.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * arr webhooks at a constant arrival rate, as Sonarr sends them (new connection per request, Basic
 * auth): 80 % imports of real files (path checks + a confirmed publish before the answer), 20 % grabs.
 *
 * <p>A warm-up ramps from 10 requests/s to the rate first, so the JIT has compiled the hot paths of
 * both JVMs, as in a service that has been running for a while; only the requests of the group
 * {@value #MEASURED} that follows are the measurement. System properties: baseUrl, user, password,
 * downloadBody (a file), grabBody (a file), rate (500), seconds (30), warmupSeconds (150).
 */
public class WebhookSimulation extends Simulation {

    static final String MEASURED = "webhook ack";

    private static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8081");
    private static final int RATE = Integer.getInteger("rate", 500);
    private static final int SECONDS = Integer.getInteger("seconds", 30);
    private static final int WARMUP_SECONDS = Integer.getInteger("warmupSeconds", 150);

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .basicAuth(System.getProperty("user", "sonarr"), System.getProperty("password", ""))
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .userAgentHeader("Sonarr/4.0.19.2979 (alpine 3.23.x)");

    private final String download = read(System.getProperty("downloadBody"));
    private final String grab = read(System.getProperty("grabBody"));

    private final ScenarioBuilder warmUp = scenario("warm-up").exec(webhooks("warm-up "));
    private final ScenarioBuilder measured =
            scenario("arr webhooks").group(MEASURED).on(webhooks(""));

    {
        setUp(warmUp.injectOpen(rampUsersPerSec(10).to(RATE).during(Duration.ofSeconds(WARMUP_SECONDS)))
                        .andThen(measured.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS)))))
                .protocols(protocol)
                .assertions(details(MEASURED).failedRequests().percent().lt(1.0));
    }

    private ChainBuilder webhooks(String prefix) {
        return exec(randomSwitch()
                .on(
                        new Choice.WithWeight(80.0, post(prefix + "sonarr download", download)),
                        new Choice.WithWeight(20.0, post(prefix + "sonarr grab", grab))));
    }

    private static ChainBuilder post(String name, String body) {
        return exec(http(name).post("/webhooks/sonarr").body(StringBody(body)).check(status().is(200)));
    }

    private static String read(String file) {
        if (file == null) {
            throw new IllegalArgumentException("set -DdownloadBody and -DgrabBody to webhook JSON files");
        }
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
