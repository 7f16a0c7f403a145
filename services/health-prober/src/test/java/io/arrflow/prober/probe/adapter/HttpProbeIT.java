package io.arrflow.prober.probe.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.arrflow.prober.probe.JsonConditions;
import io.arrflow.prober.state.Observation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP probe against a real loopback server: status, JSON body and response time. */
class HttpProbeIT {

    private static HttpServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> answer(exchange, 0));
        server.createContext("/slow", exchange -> answer(exchange, 300));
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, long delayMillis) throws IOException {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = "{\"status\":\"degraded\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static HttpProbe probe(String path, Map<String, String> json, Duration maxResponseTime) {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        return new HttpProbe(HTTP, url, 200, new JsonConditions(json), maxResponseTime, Duration.ofSeconds(5));
    }

    @Test
    void an_endpoint_with_the_expected_status_is_healthy() throws Exception {
        Observation seen = probe("/health", Map.of(), null).probe();

        assertThat(seen).isInstanceOf(Observation.Healthy.class);
        assertThat(seen.evidence()).containsEntry("status", "200");
    }

    @Test
    void a_body_that_misses_a_condition_fails() throws Exception {
        Observation seen = probe("/health", Map.of("/status", "ok"), null).probe();

        assertThat(seen.reason()).isEqualTo("/status is degraded, expected ok");
    }

    @Test
    void a_slow_answer_fails_the_response_time_limit() throws Exception {
        Observation seen = probe("/slow", Map.of(), Duration.ofMillis(100)).probe();

        assertThat(seen).isInstanceOf(Observation.Failing.class);
        assertThat(seen.reason()).startsWith("answered in ").endsWith("ms, more than 100 ms");
    }

    @Test
    void an_unexpected_status_fails() throws Exception {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/missing");
        Observation seen =
                new HttpProbe(HTTP, url, 200, new JsonConditions(Map.of()), null, Duration.ofSeconds(5)).probe();

        assertThat(seen.reason()).isEqualTo("HTTP 404, expected 200");
    }
}
