package io.arrflow.prober.probe.adapter;

import io.arrflow.prober.probe.Elapsed;
import io.arrflow.prober.probe.JsonConditions;
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

/** An HTTP endpoint: expected status, optional JSON body conditions and a maximum response time. */
public final class HttpProbe implements Probe {

    private final HttpClient http;
    private final URI url;
    private final int expectStatus;
    private final JsonConditions conditions;
    private final Duration maxResponseTime;
    private final Duration timeout;

    public HttpProbe(
            HttpClient http,
            URI url,
            int expectStatus,
            JsonConditions conditions,
            Duration maxResponseTime,
            Duration timeout) {
        this.http = http;
        this.url = url;
        this.expectStatus = expectStatus;
        this.conditions = conditions;
        this.maxResponseTime = maxResponseTime;
        this.timeout = timeout;
    }

    @Override
    public Observation probe() throws Exception {
        Elapsed elapsed = new Elapsed();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Duration latency = elapsed.sinceStart();
        Map<String, String> evidence = Map.of("status", String.valueOf(response.statusCode()));
        Optional<String> problem = problem(response, latency);
        return problem.<Observation>map(reason -> new Failing(reason, latency, evidence))
                .orElseGet(() -> new Healthy(latency, evidence));
    }

    private Optional<String> problem(HttpResponse<String> response, Duration latency) {
        if (response.statusCode() != expectStatus) {
            return Optional.of("HTTP " + response.statusCode() + ", expected " + expectStatus);
        }
        if (maxResponseTime != null && latency.compareTo(maxResponseTime) > 0) {
            return Optional.of(
                    "answered in " + latency.toMillis() + " ms, more than " + maxResponseTime.toMillis() + " ms");
        }
        return conditions.unmet(response.body());
    }
}
