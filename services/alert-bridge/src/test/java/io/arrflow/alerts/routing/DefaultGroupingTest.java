package io.arrflow.alerts.routing;

import static io.arrflow.alerts.incident.Fixtures.T0;
import static io.arrflow.alerts.incident.Fixtures.alertmanagerOutage;
import static io.arrflow.alerts.incident.Fixtures.diskAlmostFull;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.AlertsProperties;
import io.arrflow.alerts.channel.Channels;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** What a user gets with nothing configured but {@code ARRFLOW_NOTIFY_URLS}. */
class DefaultGroupingTest {

    private final AlertsProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("arrflow.alerts", AlertsProperties.class);
    private final Route everything = new RoutingConfiguration()
            .router(defaults, Channels.of(Map.of(), List.of("json://127.0.0.1:9/hook")))
            .all()
            .getFirst();

    @Test
    void unrelated_alertmanager_alerts_are_not_one_group_so_neither_waits_for_the_others_interval() {
        assertThat(everything.groupKey(diskAlmostFull(T0)))
                .isEqualTo("notify-urls{source=alertmanager,alertname=LowDiskSpace}");
        assertThat(everything.groupKey(alertmanagerOutage("ServiceDown", "sonarr", T0)))
                .isEqualTo("notify-urls{source=alertmanager,alertname=ServiceDown}");
    }

    @Test
    void a_resolved_waits_seconds_and_the_outage_alerts_of_the_shipped_rules_join_health_probers_reports() {
        assertThat(defaults.resolveWait()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.outageAlerts()).containsExactly("ServiceDown", "ScrapeTargetDown", "ArrHealthIssue");
    }
}
