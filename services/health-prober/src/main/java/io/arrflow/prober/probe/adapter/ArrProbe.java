package io.arrflow.prober.probe.adapter;

import io.arrflow.prober.probe.ArrHealth;
import io.arrflow.prober.probe.Elapsed;
import io.arrflow.prober.probe.Probe;
import io.arrflow.prober.state.Observation;
import io.arrflow.prober.state.Observation.Failing;
import io.arrflow.prober.state.Observation.Healthy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An arr app: {@code /ping} without a key (is it running?), then {@code /api/<version>/health} with
 * the key, whose issues are surfaced as evidence; an issue of type {@code error} makes it fail.
 */
public final class ArrProbe implements Probe {

    private final HttpClient http;
    private final URI base;
    private final String apiVersion;
    private final Supplier<Optional<String>> apiKey;
    private final Duration timeout;

    public ArrProbe(HttpClient http, URI base, String apiVersion, Supplier<Optional<String>> apiKey, Duration timeout) {
        this.http = http;
        this.base = base;
        this.apiVersion = apiVersion;
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    @Override
    public Observation probe() throws Exception {
        Elapsed elapsed = new Elapsed();
        HttpResponse<String> ping = get("/ping", Optional.empty());
        if (ping.statusCode() != 200) {
            return new Failing(
                    "/ping answered HTTP " + ping.statusCode(),
                    elapsed.sinceStart(),
                    Map.of("status", String.valueOf(ping.statusCode())));
        }
        Optional<String> key = apiKey.get();
        if (key.isEmpty()) {
            return new Failing("no API key configured: cannot read its health checks", elapsed.sinceStart(), Map.of());
        }
        HttpResponse<String> health = get("/api/" + apiVersion + "/health", key);
        Duration latency = elapsed.sinceStart();
        if (health.statusCode() == 401) {
            return new Failing("API key rejected (HTTP 401)", latency, Map.of("status", "401"));
        }
        if (health.statusCode() != 200) {
            return new Failing(
                    "/api/" + apiVersion + "/health answered HTTP " + health.statusCode(),
                    latency,
                    Map.of("status", String.valueOf(health.statusCode())));
        }
        ArrHealth issues = ArrHealth.parse(health.body());
        return issues.firstError()
                .<Observation>map(error -> new Failing(error, latency, issues.evidence()))
                .orElseGet(() -> new Healthy(latency, issues.evidence()));
    }

    private HttpResponse<String> get(String path, Optional<String> key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(basePath() + path))
                .timeout(timeout)
                .GET();
        key.ifPresent(value -> request.header("X-Api-Key", value));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String basePath() {
        String path = base.getPath();
        return path == null || path.equals("/") ? "" : path.replaceAll("/$", "");
    }
}
