package io.arrflow.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

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
 * System properties: baseUrl, user, password, downloadBody (a file), grabBody (a file), rate, seconds.
 */
public class WebhookSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8081");
    private static final int RATE = Integer.getInteger("rate", 500);
    private static final int SECONDS = Integer.getInteger("seconds", 30);

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .basicAuth(System.getProperty("user", "sonarr"), System.getProperty("password", ""))
            .contentTypeHeader("application/json")
            .acceptHeader("application/json")
            .userAgentHeader("Sonarr/4.0.19.2979 (alpine 3.23.x)");

    private final ScenarioBuilder webhooks = scenario("arr webhooks")
            .exec(randomSwitch()
                    .on(
                            percent(80.0, "sonarr download", System.getProperty("downloadBody")),
                            percent(20.0, "sonarr grab", System.getProperty("grabBody"))));

    {
        setUp(webhooks.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }

    private static io.gatling.javaapi.core.Choice.WithWeight percent(double weight, String name, String bodyFile) {
        return new io.gatling.javaapi.core.Choice.WithWeight(
                weight,
                io.gatling.javaapi.core.CoreDsl.exec(http(name)
                        .post("/webhooks/sonarr")
                        .body(StringBody(read(bodyFile)))
                        .check(status().is(200))));
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
