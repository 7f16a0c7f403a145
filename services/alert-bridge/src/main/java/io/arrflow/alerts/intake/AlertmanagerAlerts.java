package io.arrflow.alerts.intake;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.alerts.intake.AlertmanagerPayload.AmAlert;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Alertmanager's alerts as arrflow alerts, named after what they are about: the {@code service} label, else
 * {@code instance}, else {@code job}. An alert whose name is one of the outage alerts says its service is down:
 * it joins health-prober's report of that service's outage. A RESOLVED says it is over, never repeats the firing
 * summary as if it still held. The link is Alertmanager's external URL.
 */
public final class AlertmanagerAlerts {

    private AlertmanagerAlerts() {}

    public static List<Alert> of(AlertmanagerPayload payload, Set<String> outageAlerts, Instant now) {
        return payload.alerts().stream()
                .map(a -> alert(payload, a, outageAlerts, now))
                .toList();
    }

    static Alert alert(AlertmanagerPayload payload, AmAlert am, Set<String> outageAlerts, Instant now) {
        boolean resolved = "resolved".equalsIgnoreCase(am.status());
        Map<String, String> labels = am.labels();
        String name = firstNonBlank(labels.get("alertname"), "Alert");
        String service = outageAlerts.contains(name) ? labels.get("service") : null;
        Instant since = time(am.startsAt(), null);
        Instant at = time(resolved ? am.endsAt() : am.startsAt(), now);
        String summary = firstNonBlank(
                am.annotations().get("summary"),
                am.annotations().get("description"),
                am.annotations().get("message"));
        return new Alert(
                "alertmanager:" + fingerprint(am),
                resolved ? AlertStatus.RESOLVED : AlertStatus.FIRING,
                "alertmanager",
                name,
                firstNonBlank(labels.get("service"), labels.get("instance"), labels.get("job")),
                Severity.parse(labels.get("severity")),
                resolved ? over(service != null, summary, since, at) : summary,
                labels,
                firstNonBlank(payload.externalURL(), am.generatorURL()),
                at,
                service,
                since);
    }

    /** "back after 3 min 10 s" for an outage; "over after 4 s (was: Disk almost full)" for anything else. */
    static String over(boolean outage, String summary, Instant since, Instant at) {
        String after = since == null || at.isBefore(since)
                ? ""
                : " after " + HealthAlerts.readable(Duration.between(since, at));
        if (outage) {
            return "back" + after;
        }
        return "over" + after + (summary == null ? "" : " (was: " + summary + ")");
    }

    /** Alertmanager's own fingerprint, or one made of the sorted labels when an old sender left it out. */
    static String fingerprint(AmAlert am) {
        if (am.fingerprint() != null && !am.fingerprint().isBlank()) {
            return am.fingerprint();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(new TreeMap<>(am.labels()).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant time(String text, Instant fallback) {
        if (text == null || text.isBlank() || text.startsWith("0001-")) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
