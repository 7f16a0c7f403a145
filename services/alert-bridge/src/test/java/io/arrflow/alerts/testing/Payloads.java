package io.arrflow.alerts.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Alertmanager webhook bodies: the recorded ones in {@code src/test/resources/alertmanager} and small made ones. */
public final class Payloads {

    private Payloads() {}

    public static String resource(String name) {
        try (InputStream in = Payloads.class.getResourceAsStream("/alertmanager/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource alertmanager/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A version-4 payload with one alert. */
    public static String alertmanager(String status, String alertname, String fingerprint, String severity) {
        return """
                {"version":"4","status":"%1$s","receiver":"arrflow","groupKey":"{}:{alertname=\\"%2$s\\"}",
                 "externalURL":"http://alertmanager.test:9093",
                 "alerts":[{"status":"%1$s","labels":{"alertname":"%2$s","instance":"%3$s","severity":"%4$s"},
                   "annotations":{"summary":"%2$s on %3$s"},"startsAt":"2026-11-23T20:00:00Z",
                   "endsAt":"0001-01-01T00:00:00Z","fingerprint":"%3$s"}]}
                """.formatted(status, alertname, fingerprint, severity);
    }

    /**
     * A version-4 payload with one alert of an outage rule as Prometheus labels it: the probed service in
     * {@code service}, health-prober (which exports the metric) in {@code instance}.
     */
    public static String outage(String status, String alertname, String service, String kind, String startsAt) {
        String endsAt = status.equals("resolved") ? java.time.Instant.now().toString() : "0001-01-01T00:00:00Z";
        return """
                {"version":"4","status":"%1$s","receiver":"alert-bridge",
                 "groupKey":"{}/{severity=\\"critical\\"}:{alertname=\\"%2$s\\", service=\\"%3$s\\"}",
                 "externalURL":"http://alertmanager.test:9093",
                 "alerts":[{"status":"%1$s","labels":{"alertname":"%2$s","service":"%3$s","kind":"%4$s",
                   "instance":"health-prober:8003","job":"arrflow","severity":"critical"},
                   "annotations":{"summary":"%3$s is down"},"startsAt":"%5$s","endsAt":"%6$s",
                   "fingerprint":"%2$s-%3$s"}]}
                """.formatted(status, alertname, service, kind, startsAt, endsAt);
    }
}
