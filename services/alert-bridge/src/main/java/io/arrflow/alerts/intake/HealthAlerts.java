package io.arrflow.alerts.intake;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.model.HealthMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * health-prober's transitions: ServiceDown fires, ServiceRecovered resolves it; maintenance is a silence. Both
 * report the outage of the target, so Alertmanager's alerts about the same service join them.
 */
final class HealthAlerts {

    private HealthAlerts() {}

    static List<Alert> of(HealthMessage message, Instant at) {
        String fingerprint = "health:" + message.target();
        return switch (message) {
            case HealthMessage.ServiceDown m ->
                List.of(new Alert(
                        fingerprint,
                        AlertStatus.FIRING,
                        "health",
                        "ServiceDown",
                        m.target(),
                        Severity.CRITICAL,
                        m.reason(),
                        labels(m.kind()),
                        null,
                        at,
                        m.target(),
                        m.since()));
            case HealthMessage.ServiceRecovered m ->
                List.of(new Alert(
                        fingerprint,
                        AlertStatus.RESOLVED,
                        "health",
                        "ServiceDown",
                        m.target(),
                        Severity.CRITICAL,
                        "back after " + readable(Duration.ofSeconds(m.downSeconds())),
                        labels(m.kind()),
                        null,
                        at,
                        m.target(),
                        m.downSince()));
            case HealthMessage.ServicePending ignored -> List.of();
            case HealthMessage.ServiceMaintenanceStarted ignored -> List.of();
            case HealthMessage.ServiceMaintenanceEnded ignored -> List.of();
        };
    }

    private static Map<String, String> labels(String kind) {
        return kind == null ? Map.of() : Map.of("kind", kind);
    }

    static String readable(Duration d) {
        if (d.toHours() > 0) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + " min " + d.toSecondsPart() + " s";
        }
        return d.toSeconds() + " s";
    }
}
