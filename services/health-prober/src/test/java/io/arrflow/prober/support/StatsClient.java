package io.arrflow.prober.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the prober's HTTP API as a client would, with the bearer token. */
public final class StatsClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public StatsClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode stats() throws Exception {
        HttpResponse<String> response = get("/api/stats", "Bearer " + TestProber.TOKEN);
        if (response.statusCode() != 200) {
            throw new AssertionError("/api/stats answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    public JsonNode target(String name) throws Exception {
        for (JsonNode target : stats().path("targets")) {
            if (target.path("name").asString().equals(name)) {
                return target;
            }
        }
        throw new AssertionError("no target " + name + " in /api/stats");
    }

    /** Polls /api/stats until the condition holds. */
    public JsonNode awaitStats(Predicate<JsonNode> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = stats();
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("/api/stats never met the condition; last: " + last);
    }

    /** Polls a page (with the token) until its body meets the condition; returns that body. */
    public String await(String path, Predicate<String> condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = get(path, "Bearer " + TestProber.TOKEN).body();
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never met the condition; last: " + last);
    }

    /** Whether the target has not been probed yet. */
    public boolean targetUnchecked(JsonNode stats, String target) {
        for (JsonNode node : stats.path("targets")) {
            if (node.path("name").asString().equals(target)) {
                return node.path("checkedAt").isNull() || node.path("checkedAt").isMissingNode();
            }
        }
        return true;
    }

    public static String stateOf(JsonNode stats, String target) {
        for (JsonNode node : stats.path("targets")) {
            if (node.path("name").asString().equals(target)) {
                return node.path("state").asString();
            }
        }
        return "";
    }
}
