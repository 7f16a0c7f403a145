package io.arrflow.alerts.intake;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.model.ArrMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The arr apps' health, manual interaction, updates and failed rescans, linked to the app's URL. */
final class ArrAlerts {

    private ArrAlerts() {}

    static List<Alert> of(ArrMessage message, Instant at) {
        String app = message.subject();
        return switch (message) {
            case ArrMessage.ArrHealthIssue m ->
                List.of(arr(
                        health(app, m.check()),
                        "ok".equalsIgnoreCase(m.level()) ? AlertStatus.RESOLVED : AlertStatus.FIRING,
                        "ArrHealthIssue",
                        app,
                        Severity.parse(m.level()),
                        m.message(),
                        m,
                        m.link(),
                        at));
            case ArrMessage.ArrHealthRestored m ->
                List.of(arr(
                        health(app, m.check()),
                        AlertStatus.RESOLVED,
                        "ArrHealthIssue",
                        app,
                        Severity.parse(m.level()),
                        m.message(),
                        m,
                        m.link(),
                        at));
            case ArrMessage.ArrManualInteractionRequired m ->
                List.of(arr(
                        "arr:manual:" + app + ":" + m.title(),
                        AlertStatus.NOTICE,
                        "ArrManualInteractionRequired",
                        app,
                        Severity.WARNING,
                        m.title() + (m.message() == null ? "" : ": " + m.message()),
                        m,
                        m.link(),
                        at));
            case ArrMessage.ArrApplicationUpdated m ->
                List.of(arr(
                        "arr:update:" + app + ":" + m.newVersion(),
                        AlertStatus.NOTICE,
                        "ArrApplicationUpdated",
                        app,
                        Severity.INFO,
                        m.previousVersion() + " → " + m.newVersion(),
                        m,
                        m.link(),
                        at));
            case ArrMessage.ArrRescanFailed m ->
                List.of(arr(
                        "arr:rescan:" + app + ":" + m.itemId() + ":" + at.toEpochMilli(),
                        AlertStatus.NOTICE,
                        "ArrRescanFailed",
                        app,
                        Severity.WARNING,
                        "item " + m.itemId() + " not rescanned after " + m.attempts() + " tries: " + m.reason(),
                        m,
                        null,
                        at));
            case ArrMessage.ArrActivityRecorded ignored -> List.of();
            case ArrMessage.ArrRescanCompleted ignored -> List.of();
        };
    }

    private static String health(String app, String check) {
        return "arr:health:" + app + ":" + (check == null ? "general" : check);
    }

    private static Alert arr(
            String fingerprint,
            AlertStatus status,
            String name,
            String app,
            Severity severity,
            String summary,
            ArrMessage m,
            String link,
            Instant at) {
        return new Alert(
                fingerprint,
                status,
                "arr",
                name,
                app,
                severity,
                summary,
                Map.of("app", m.app().wireName()),
                link,
                at);
    }
}
