package io.arrflow.alerts.incident;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Domain-worded alerts and timings for the unit tests. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-11-23T20:00:00Z");
    public static final Timing TIMING = new Timing(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(4));

    private Fixtures() {}

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
                T0);
    }

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
                T0.plusSeconds(120));
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
