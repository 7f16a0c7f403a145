package io.arrflow.alerts.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.alerts.testing.Payloads;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class AlertmanagerAlertsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T23:00:00Z");
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
    void a_sparse_payload_still_becomes_alerts() {
        AlertmanagerPayload payload = lenient.readValue(
                "{\"alerts\":[{\"labels\":{\"job\":\"node\"},\"startsAt\":\"garbage\"}]}", AlertmanagerPayload.class);

        Alert alert = AlertmanagerAlerts.of(payload, NOW).getFirst();

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
        assertThat(AlertmanagerAlerts.of(lenient.readValue("{}", AlertmanagerPayload.class), NOW))
                .isEmpty();
    }

    private Alert only(String resource) {
        AlertmanagerPayload payload = lenient.readValue(Payloads.resource(resource), AlertmanagerPayload.class);
        List<Alert> alerts = AlertmanagerAlerts.of(payload, NOW);
        assertThat(alerts).hasSize(1);
        return alerts.getFirst();
    }
}
