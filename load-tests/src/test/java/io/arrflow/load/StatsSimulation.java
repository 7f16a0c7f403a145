package io.arrflow.load;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * health-prober's {@code GET /api/stats} with 200 concurrent clients, each keeping its connection
 * (one keep-alive connection per client) and asking again after a short pause, as dashboards and
 * status pages do (only faster). Each client first reads for warmupSeconds, so both JVMs have
 * compiled their hot paths; only the requests of the group {@value #MEASURED} that follow are the
 * measurement. The goal is p99 ≤ 10 ms.
 *
 * <p>System properties: baseUrl (default http://127.0.0.1:8003), token (ARRFLOW_API_TOKEN),
 * clients (200, connected over rampSeconds, 5), warmupSeconds (30), seconds (30, per client),
 * pauseMs (100; 0 for back-to-back requests), p99Ms (10).
 */
public class StatsSimulation extends Simulation {

    static final String MEASURED = "stats";

    private static final String BASE_URL = System.getProperty("baseUrl", "http://127.0.0.1:8003");
    private static final int CLIENTS = Integer.getInteger("clients", 200);
    private static final int SECONDS = Integer.getInteger("seconds", 30);
    private static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 5);
    private static final int PAUSE_MS = Integer.getInteger("pauseMs", 100);
    private static final int WARMUP_SECONDS = Integer.getInteger("warmupSeconds", 30);
    private static final int P99_MS = Integer.getInteger("p99Ms", 10);

    private final HttpProtocolBuilder protocol =
            http.baseUrl(BASE_URL).authorizationHeader("Bearer " + token()).acceptHeader("application/json");

    private final ScenarioBuilder dashboards = scenario("stats readers")
            .during(Duration.ofSeconds(WARMUP_SECONDS))
            .on(read("warm-up GET /api/stats"))
            .during(Duration.ofSeconds(SECONDS))
            .on(group(MEASURED).on(read("GET /api/stats")));

    {
        setUp(dashboards.injectOpen(rampUsers(CLIENTS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .assertions(
                        details(MEASURED).failedRequests().percent().lt(1.0),
                        details(MEASURED).responseTime().percentile(99.0).lte(P99_MS));
    }

    private static ChainBuilder read(String name) {
        return exec(http(name)
                        .get("/api/stats")
                        .check(status().is(200), jsonPath("$.targets").exists()))
                .pause(Duration.ofMillis(PAUSE_MS));
    }

    private static String token() {
        String token = System.getProperty("token", System.getenv("ARRFLOW_API_TOKEN"));
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("set -Dtoken (or ARRFLOW_API_TOKEN) to the prober's API token");
        }
        return token;
    }
}
