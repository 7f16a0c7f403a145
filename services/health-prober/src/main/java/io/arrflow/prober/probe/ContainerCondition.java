package io.arrflow.prober.probe;

import io.arrflow.prober.state.Observation;
import io.arrflow.prober.state.Observation.Failing;
import io.arrflow.prober.state.Observation.Healthy;
import io.arrflow.prober.state.Observation.Pending;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Docker says about a container, judged as Uptime Kuma does: not running or paused → down,
 * restarting → pending, healthcheck unhealthy → down, healthy or running without a healthcheck → up
 * (a healthcheck still {@code starting} is pending).
 *
 * @param status Docker's state, e.g. {@code running}, {@code exited}, {@code restarting}, {@code paused}
 * @param health the healthcheck's status, or null when the image has none
 */
public record ContainerCondition(String status, String health, Integer exitCode, String lastHealthOutput) {

    public Observation judge(Duration latency) {
        Map<String, String> evidence = evidence();
        return switch (status) {
            case "restarting" -> new Pending("container is restarting", latency, evidence);
            case "running" -> judgeHealth(latency, evidence);
            case "paused" -> new Failing("container is paused", latency, evidence);
            default -> new Failing("container is " + status + exitNote(), latency, evidence);
        };
    }

    private Observation judgeHealth(Duration latency, Map<String, String> evidence) {
        if (health == null || health.isBlank() || health.equals("none") || health.equals("healthy")) {
            return new Healthy(latency, evidence);
        }
        if (health.equals("starting")) {
            return new Pending("healthcheck is starting", latency, evidence);
        }
        return new Failing("healthcheck is " + health, latency, evidence);
    }

    private String exitNote() {
        return exitCode == null ? "" : " (exit code " + exitCode + ")";
    }

    private Map<String, String> evidence() {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("state", status);
        if (health != null) {
            evidence.put("health", health);
        }
        if (exitCode != null) {
            evidence.put("exitCode", String.valueOf(exitCode));
        }
        if (lastHealthOutput != null && !lastHealthOutput.isBlank()) {
            String line = lastHealthOutput.strip().lines().findFirst().orElse("");
            evidence.put("healthcheck", line.length() > 200 ? line.substring(0, 200) : line);
        }
        return evidence;
    }
}
