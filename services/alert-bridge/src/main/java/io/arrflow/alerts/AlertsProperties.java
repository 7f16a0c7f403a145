package io.arrflow.alerts;

import io.arrflow.alerts.channel.ApiBases;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * alert-bridge's settings ({@code ARRFLOW_ALERTS_...}). Channel URLs hold secrets: set them in the
 * environment or {@code *_FILE}, never in a committed file. {@code ARRFLOW_NOTIFY_URLS} (outside
 * this record) lists URLs that receive everything.
 *
 * @param groupWait wait for more alerts of a new group before its first message
 * @param groupInterval least time between two messages of a group about new or changed firing alerts
 * @param repeatInterval reminder while still firing; 0 = none
 * @param resolveWait a RESOLVED waits this long for more resolutions of its group (not the group interval)
 * @param outageAlerts Alertmanager alertnames that say their {@code service} label's service is down: such an
 *     alert and health-prober's ServiceDown of that service are one incident
 * @param noticeDedupe a one-off notice with the same fingerprint is told once in this window
 * @param tick how often due groups are looked at
 * @param groupBy default labels a route groups by (and those of {@code ARRFLOW_NOTIFY_URLS})
 * @param channels named channels: name → URL
 * @param routes routes, first match wins unless {@code continue-matching}
 * @param quietHours hours in which messages below {@code bypass} severity wait
 * @param retry deliveries: attempts and backoff
 * @param apiBases base URLs of Discord, Slack, Telegram and the public ntfy
 * @param alertmanager HTTP Basic credentials accepted on {@code /alertmanager} (besides the Bearer token)
 * @param deliveryConcurrency deliveries in parallel
 * @param httpTimeout connect and request timeout towards channels
 */
@ConfigurationProperties("arrflow.alerts")
public record AlertsProperties(
        @DefaultValue("30s") Duration groupWait,
        @DefaultValue("5m") Duration groupInterval,
        @DefaultValue("4h") Duration repeatInterval,
        @DefaultValue("10s") Duration resolveWait,

        @DefaultValue({"ServiceDown", "ScrapeTargetDown", "ArrHealthIssue"})
        List<String> outageAlerts,

        @DefaultValue("6h") Duration noticeDedupe,
        @DefaultValue("1s") Duration tick,
        @DefaultValue({"source", "alertname"}) List<String> groupBy,
        Map<String, String> channels,
        List<RouteSpec> routes,
        @DefaultValue QuietHoursSpec quietHours,
        @DefaultValue RetrySpec retry,
        @DefaultValue ApiBases apiBases,
        @DefaultValue AlertmanagerSpec alertmanager,
        @DefaultValue("4") int deliveryConcurrency,
        @DefaultValue("10s") Duration httpTimeout) {

    public AlertsProperties {
        channels = channels == null ? Map.of() : channels;
        routes = routes == null ? List.of() : routes;
        outageAlerts = outageAlerts == null ? List.of() : List.copyOf(outageAlerts);
    }

    /**
     * @param sources sources it takes ({@code health}, {@code arr}, {@code transcode}, {@code secret},
     *     {@code platform}, {@code alertmanager}); empty = all
     * @param severity least severity ({@code info}, {@code warning}, {@code critical})
     * @param labels label → regular expression
     * @param groupBy labels to group by; empty = the default {@code group-by}
     */
    public record RouteSpec(
            String name,
            List<String> sources,
            String severity,
            Map<String, String> labels,
            List<String> channels,
            List<String> groupBy,
            boolean continueMatching) {}

    /** @param start e.g. 22:00; @param end e.g. 07:00; @param zone e.g. Europe/Berlin */
    public record QuietHoursSpec(
            LocalTime start,
            LocalTime end,
            @DefaultValue("UTC") String zone,
            @DefaultValue("critical") String bypass) {}

    /** @param rateLimited 429 answers tolerated per notification before it is dead-lettered */
    public record RetrySpec(
            @DefaultValue("5") int attempts,
            @DefaultValue("2s") Duration initialBackoff,
            @DefaultValue("5m") Duration maxBackoff,
            @DefaultValue("20") int rateLimited) {}

    public record AlertmanagerSpec(String username, String password) {}
}
