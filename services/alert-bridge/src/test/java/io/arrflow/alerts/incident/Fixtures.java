package io.arrflow.alerts.incident;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Notification;
import io.arrflow.alerts.alert.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Domain-worded alerts and timings for the unit tests. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-11-23T20:00:00Z");
    public static final Timing TIMING =
            new Timing(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(4), Duration.ofSeconds(10));

    private Fixtures() {}

    /** health-prober's ServiceDown of a target, as alert-bridge takes it in. */
    public static Alert serviceDown(String target) {
        return new Alert(
                "health:" + target,
                AlertStatus.FIRING,
                "health",
                "ServiceDown",
                target,
                Severity.CRITICAL,
                "connection refused",
                Map.of("kind", "http"),
                null,
                T0,
                target,
                T0);
    }

    /** health-prober's ServiceRecovered of a target, two minutes after {@link #T0}. */
    public static Alert serviceRecovered(String target) {
        return new Alert(
                "health:" + target,
                AlertStatus.RESOLVED,
                "health",
                "ServiceDown",
                target,
                Severity.CRITICAL,
                "back after 2 min",
                Map.of("kind", "http"),
                null,
                T0.plusSeconds(120),
                target,
                T0);
    }

    /** Prometheus' rule {@code alertname} about {@code service}, firing through Alertmanager. */
    public static Alert alertmanagerOutage(String alertname, String service, Instant at) {
        return new Alert(
                "alertmanager:" + alertname + "-" + service,
                AlertStatus.FIRING,
                "alertmanager",
                alertname,
                service,
                Severity.CRITICAL,
                service + " is down",
                Map.of("alertname", alertname, "service", service, "instance", "health-prober:8003"),
                "http://alertmanager:9093",
                at,
                service,
                T0);
    }

    /** The RESOLVED of {@link #alertmanagerOutage}. */
    public static Alert alertmanagerOutageResolved(String alertname, String service, Instant at) {
        Alert firing = alertmanagerOutage(alertname, service, at);
        return new Alert(
                firing.fingerprint(),
                AlertStatus.RESOLVED,
                firing.source(),
                alertname,
                service,
                firing.severity(),
                "back",
                firing.labels(),
                firing.link(),
                at,
                service,
                T0);
    }

    /** An Alertmanager alert that is about no service's outage. */
    public static Alert diskAlmostFull(Instant at) {
        return new Alert(
                "alertmanager:disk-nas",
                AlertStatus.FIRING,
                "alertmanager",
                "LowDiskSpace",
                "nas:9100",
                Severity.CRITICAL,
                "5 % free on /media",
                Map.of("alertname", "LowDiskSpace", "instance", "nas:9100"),
                "http://alertmanager:9093",
                at);
    }

    public static Alert transcodeFailed(String path) {
        return new Alert(
                "transcode:failed:" + path,
                AlertStatus.NOTICE,
                "transcode",
                "TranscodeFailed",
                path,
                Severity.WARNING,
                "ffmpeg exited with 1",
                Map.of(),
                null,
                T0);
    }

    public static Notification notificationOf(Alert... firing) {
        return new Notification(
                "main{}",
                "main",
                java.util.List.of(firing),
                java.util.List.of(),
                java.util.List.of(),
                java.util.Arrays.stream(firing).map(Alert::fingerprint).toList(),
                false,
                T0);
    }
}
