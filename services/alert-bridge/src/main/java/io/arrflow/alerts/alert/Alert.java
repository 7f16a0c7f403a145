package io.arrflow.alerts.alert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One alert as every input reports it.
 *
 * @param fingerprint what makes a FIRING and its RESOLVED the same alert, e.g. {@code health:sonarr}
 * @param source where it came from: {@code health}, {@code transcode}, {@code arr}, {@code secret},
 *     {@code platform} or {@code alertmanager}
 * @param name what happened, e.g. {@code ServiceDown} or Alertmanager's {@code alertname}
 * @param subject what it is about, e.g. {@code sonarr} or a file path
 * @param summary one readable line
 * @param labels further labels for routing and silences (never a secret)
 * @param link where to look: Alertmanager's external URL, the arr's application URL
 * @param at when it happened (a RESOLVED: when it ended)
 * @param service the service this alert says is down, or null; reports of one service's outage from
 *     several sources (health-prober's event, Alertmanager's rules) are one incident
 * @param since when the problem began, if the source says (null: unknown)
 */
public record Alert(
        String fingerprint,
        AlertStatus status,
        String source,
        String name,
        String subject,
        Severity severity,
        String summary,
        Map<String, String> labels,
        String link,
        Instant at,
        String service,
        Instant since) {

    public Alert {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(status, "status");
        severity = severity == null ? Severity.INFO : severity;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        summary = summary == null ? "" : summary;
        service = service == null || service.isBlank() ? null : service;
    }

    /** An alert that reports no outage of a service and whose beginning is unknown. */
    public Alert(
            String fingerprint,
            AlertStatus status,
            String source,
            String name,
            String subject,
            Severity severity,
            String summary,
            Map<String, String> labels,
            String link,
            Instant at) {
        this(fingerprint, status, source, name, subject, severity, summary, labels, link, at, null, null);
    }

    /** Whether it reports the outage of a service (see {@link #service()}). */
    public boolean reportsOutage() {
        return service != null;
    }

    /** A label, including the built-in ones: {@code source}, {@code alertname}, {@code severity}, {@code subject}. */
    public String label(String label) {
        return switch (label) {
            case "source" -> source;
            case "alertname" -> labels.getOrDefault("alertname", name);
            case "severity" -> severity.wireName();
            case "subject" -> subject;
            default -> labels.get(label);
        };
    }

    /** All labels a matcher can see, built-ins included. */
    public Map<String, String> allLabels() {
        Map<String, String> all = new LinkedHashMap<>(labels);
        all.put("source", source);
        all.putIfAbsent("alertname", name);
        all.put("severity", severity.wireName());
        if (subject != null) {
            all.putIfAbsent("subject", subject);
        }
        return all;
    }

    public Alert withStatus(AlertStatus newStatus, Instant when) {
        return new Alert(
                fingerprint, newStatus, source, name, subject, severity, summary, labels, link, when, service, since);
    }
}
