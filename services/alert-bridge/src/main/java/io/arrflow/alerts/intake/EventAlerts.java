package io.arrflow.alerts.intake;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.model.ArrMessage;
import io.arrflow.model.Envelope;
import io.arrflow.model.HealthMessage;
import io.arrflow.model.PlatformMessage;
import io.arrflow.model.SecretMessage;
import io.arrflow.model.TranscodeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What arrflow's events mean as alerts. Transitions that open a problem are FIRING and the event
 * that ends it is the RESOLVED of the same fingerprint; one-off facts are NOTICEs.
 */
public final class EventAlerts {

    /** Dead letters of alert-bridge's own deliveries are not alerted: they would loop on a broken channel. */
    static final String OWN_QUEUES = "arrflow.alert-bridge.notifications";

    private EventAlerts() {}

    public static List<Alert> of(Envelope envelope) {
        Instant at = envelope.occurredAt() == null ? Instant.now() : envelope.occurredAt();
        return switch (envelope.payload()) {
            case HealthMessage m -> HealthAlerts.of(m, at);
            case ArrMessage m -> ArrAlerts.of(m, at);
            case SecretMessage m -> secret(m, at);
            case TranscodeMessage m -> TranscodeAlerts.of(m, at);
            case PlatformMessage m -> platform(m, envelope, at);
        };
    }

    private static List<Alert> secret(SecretMessage message, Instant at) {
        String fingerprint = "secret:" + message.name();
        return switch (message) {
            case SecretMessage.RotateSecret ignored -> List.of();
            case SecretMessage.SecretRotated m ->
                List.of(
                        alert(
                                fingerprint,
                                AlertStatus.RESOLVED,
                                "secret",
                                "SecretRotationFailed",
                                m.name(),
                                Severity.CRITICAL,
                                "",
                                at),
                        alert(
                                fingerprint + ":v" + m.version(),
                                AlertStatus.NOTICE,
                                "secret",
                                "SecretRotated",
                                m.name(),
                                Severity.INFO,
                                "now at version " + m.version(),
                                at));
            case SecretMessage.SecretRotationFailed m ->
                List.of(alert(
                        fingerprint,
                        AlertStatus.FIRING,
                        "secret",
                        "SecretRotationFailed",
                        m.name(),
                        m.rolledBack() ? Severity.WARNING : Severity.CRITICAL,
                        m.reason()
                                + (m.rolledBack()
                                        ? " (rolled back: the old secret is in force)"
                                        : " (NOT rolled back)"),
                        at));
        };
    }

    private static List<Alert> platform(PlatformMessage message, Envelope envelope, Instant at) {
        return switch (message) {
            case PlatformMessage.MessageDeadLettered m
            when m.queue() != null && m.queue().startsWith(OWN_QUEUES) -> List.of();
            case PlatformMessage.MessageDeadLettered m ->
                List.of(alert(
                        "platform:dead-letter:" + (m.messageId() == null ? envelope.id() : m.messageId()),
                        AlertStatus.NOTICE,
                        "platform",
                        "MessageDeadLettered",
                        m.queue(),
                        Severity.WARNING,
                        m.messageType() + " moved to " + m.queue() + ".dlq: " + m.reason(),
                        at));
        };
    }

    static Alert alert(
            String fingerprint,
            AlertStatus status,
            String source,
            String name,
            String subject,
            Severity severity,
            String summary,
            Instant at) {
        return new Alert(fingerprint, status, source, name, subject, severity, summary, Map.of(), null, at);
    }
}
