package io.arrflow.alerts.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.alerts.testing.Payloads;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class AlertmanagerAlertsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T23:00:00Z");
    private static final Set<String> OUTAGES = Set.of("ServiceDown", "ScrapeTargetDown", "ArrHealthIssue");
    private final JsonMapper lenient = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void a_firing_alert_captured_from_alertmanager_0_25_keeps_its_fingerprint_severity_summary_and_link() {
        Alert alert = only("v0.25-firing.json");

        assertThat(alert.fingerprint()).isEqualTo("alertmanager:cdfc8180f2ab50b2");
        assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(alert.name()).isEqualTo("DiskAlmostFull");
        assertThat(alert.subject()).isEqualTo("nas:9100");
        assertThat(alert.severity()).isEqualTo(Severity.WARNING);
        assertThat(alert.summary()).isEqualTo("Disk /media almost full");
        assertThat(alert.link()).isEqualTo("http://alertmanager.home.lan:9093");
        assertThat(alert.at()).isEqualTo(Instant.parse("2026-11-24T00:51:43Z"));
        assertThat(alert.labels()).containsEntry("mountpoint", "/media");
    }

    @Test
    void a_resolved_alert_takes_its_end_time_also_with_nanoseconds_and_an_offset() {
        assertThat(only("v0.25-resolved.json").at()).isEqualTo(Instant.parse("2026-11-24T00:51:47Z"));
        Alert current = only("v0.32-resolved.json");
        assertThat(current.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(current.at()).isEqualTo(Instant.parse("2026-11-23T22:09:35.5Z"));
    }

    @Test
    void a_current_alertmanagers_extra_fields_are_ignored() {
        Alert alert = only("v0.32-firing.json");

        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(alert.at()).isEqualTo(Instant.parse("2026-11-23T22:04:05.123456789Z"));
    }

    @Test
    void prometheus_service_down_is_named_after_the_service_not_the_prober_that_exports_it() {
        Alert alert = fromAlertmanager(serviceDown("firing", "0001-01-01T00:00:00Z"));

        assertThat(alert.subject()).isEqualTo("transcode-worker");
        assertThat(alert.service()).isEqualTo("transcode-worker");
        assertThat(alert.reportsOutage()).isTrue();
        assertThat(alert.summary()).isEqualTo("transcode-worker is down");
        assertThat(alert.since()).isEqualTo(Instant.parse("2026-11-23T22:00:00Z"));
    }

    @Test
    void its_resolved_says_the_service_is_back_instead_of_repeating_that_it_is_down() {
        Alert alert = fromAlertmanager(serviceDown("resolved", "2026-11-23T22:03:10Z"));

        assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(alert.summary()).isEqualTo("back after 3 min 10 s");
        assertThat(alert.at()).isEqualTo(Instant.parse("2026-11-23T22:03:10Z"));
    }

    @Test
    void a_resolved_alert_that_is_no_outage_says_it_is_over_and_what_it_was() {
        Alert disk = only("v0.25-resolved.json");

        assertThat(disk.summary()).isEqualTo("over after 4 s (was: Disk /media almost full)");
        assertThat(disk.reportsOutage()).isFalse();
    }

    @Test
    void an_alert_with_a_service_label_that_is_not_an_outage_alert_reports_no_outage() {
        String absent = serviceDown("firing", "0001-01-01T00:00:00Z").replace("ServiceDown", "ProbeTargetAbsent");

        Alert alert = fromAlertmanager(absent);

        assertThat(alert.subject()).isEqualTo("transcode-worker");
        assertThat(alert.reportsOutage()).isFalse();
    }

    @Test
    void a_sparse_payload_still_becomes_alerts() {
        AlertmanagerPayload payload = lenient.readValue(
                "{\"alerts\":[{\"labels\":{\"job\":\"node\"},\"startsAt\":\"garbage\"}]}", AlertmanagerPayload.class);

        Alert alert = AlertmanagerAlerts.of(payload, OUTAGES, NOW).getFirst();

        assertThat(alert.name()).isEqualTo("Alert");
        assertThat(alert.subject()).isEqualTo("node");
        assertThat(alert.at()).isEqualTo(NOW);
        assertThat(alert.fingerprint()).startsWith("alertmanager:").hasSize("alertmanager:".length() + 16);
        assertThat(AlertmanagerAlerts.fingerprint(payload.alerts().getFirst()))
                .isEqualTo(AlertmanagerAlerts.fingerprint(
                        new AlertmanagerPayload.AmAlert(null, Map.of("job", "node"), null, null, null, null, "")));
    }

    @Test
    void an_empty_payload_has_no_alerts() {
        assertThat(AlertmanagerAlerts.of(lenient.readValue("{}", AlertmanagerPayload.class), OUTAGES, NOW))
                .isEmpty();
    }

    private Alert only(String resource) {
        AlertmanagerPayload payload = lenient.readValue(Payloads.resource(resource), AlertmanagerPayload.class);
        List<Alert> alerts = AlertmanagerAlerts.of(payload, OUTAGES, NOW);
        assertThat(alerts).hasSize(1);
        return alerts.getFirst();
    }

    private Alert fromAlertmanager(String json) {
        List<Alert> alerts = AlertmanagerAlerts.of(lenient.readValue(json, AlertmanagerPayload.class), OUTAGES, NOW);
        assertThat(alerts).hasSize(1);
        return alerts.getFirst();
    }

    /** The shipped ServiceDown rule's alert as Alertmanager 0.25 posts it: exported by health-prober:8003. */
    private static String serviceDown(String status, String endsAt) {
        return """
                {"receiver":"alert-bridge","status":"%1$s","alerts":[{"status":"%1$s","labels":{
                  "alertname":"ServiceDown","instance":"health-prober:8003","job":"arrflow","kind":"http",
                  "service":"transcode-worker","severity":"critical","stack":"arrflow"},
                 "annotations":{"description":"health-prober has seen transcode-worker (http) failing for 2 minutes.",
                  "summary":"transcode-worker is down"},
                 "startsAt":"2026-11-23T22:00:00Z","endsAt":"%2$s",
                 "generatorURL":"http://prometheus:9090/graph","fingerprint":"5d2c4f1e9a0b7c3d"}],
                 "externalURL":"http://alertmanager:9093","version":"4"}
                """.formatted(status, endsAt);
    }
}
