package io.arrflow.alerts.intake;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.alerts.intake.AlertmanagerPayload.AmAlert;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Alertmanager's alerts as arrflow alerts; the link is Alertmanager's external URL. */
public final class AlertmanagerAlerts {

    private AlertmanagerAlerts() {}

    public static List<Alert> of(AlertmanagerPayload payload, Instant now) {
        return payload.alerts().stream().map(a -> alert(payload, a, now)).toList();
    }

    static Alert alert(AlertmanagerPayload payload, AmAlert am, Instant now) {
        boolean resolved = "resolved".equalsIgnoreCase(am.status());
        Map<String, String> labels = am.labels();
        String link = firstNonBlank(payload.externalURL(), am.generatorURL());
        return new Alert(
                "alertmanager:" + fingerprint(am),
                resolved ? AlertStatus.RESOLVED : AlertStatus.FIRING,
                "alertmanager",
                firstNonBlank(labels.get("alertname"), "Alert"),
                firstNonBlank(labels.get("instance"), labels.get("service"), labels.get("job")),
                Severity.parse(labels.get("severity")),
                firstNonBlank(
                        am.annotations().get("summary"),
                        am.annotations().get("description"),
                        am.annotations().get("message")),
                labels,
                link,
                time(resolved ? am.endsAt() : am.startsAt(), now));
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
