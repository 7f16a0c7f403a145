package io.arrflow.alerts.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.ArrMessage;
import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.Envelope;
import io.arrflow.model.HealthMessage;
import io.arrflow.model.PlatformMessage;
import io.arrflow.model.SecretMessage;
import io.arrflow.model.TranscodeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventAlertsTest {

    @Test
    void a_service_down_fires_and_its_recovery_resolves_the_same_fingerprint() {
        Alert down = only(new HealthMessage.ServiceDown("sonarr", "http", "503", Instant.now(), Map.of()));
        Alert up = only(new HealthMessage.ServiceRecovered("sonarr", "http", Instant.now(), 3700));

        assertThat(down.status()).isEqualTo(AlertStatus.FIRING);
        assertThat(down.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(up.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(up.fingerprint()).isEqualTo(down.fingerprint());
        assertThat(up.summary()).isEqualTo("back after 1 h 1 min");
    }

    @Test
    void pending_and_maintenance_transitions_are_not_alerts() {
        assertThat(alerts(new HealthMessage.ServicePending("plex", "container", "restarting")))
                .isEmpty();
        assertThat(alerts(new HealthMessage.ServiceMaintenanceStarted("plex", Instant.now())))
                .isEmpty();
        assertThat(alerts(new HealthMessage.ServiceMaintenanceEnded("plex"))).isEmpty();
    }

    @Test
    void an_arr_health_issue_fires_until_the_arr_says_it_is_restored_and_links_to_the_app() {
        Alert issue = only(new ArrMessage.ArrHealthIssue(
                ArrApp.SONARR,
                "sonarr-4k",
                "error",
                "IndexerStatusCheck",
                "All indexers are unavailable",
                "https://wiki",
                "http://sonarr:8989"));
        Alert restored = only(new ArrMessage.ArrHealthRestored(
                ArrApp.SONARR, "sonarr-4k", "error", "IndexerStatusCheck", "All indexers are unavailable", null, null));

        assertThat(issue.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(issue.link()).isEqualTo("http://sonarr:8989");
        assertThat(issue.subject()).isEqualTo("sonarr-4k");
        assertThat(restored.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(restored.fingerprint()).isEqualTo(issue.fingerprint());
    }

    @Test
    void manual_interaction_updates_and_failed_rescans_are_notices() {
        assertThat(only(new ArrMessage.ArrManualInteractionRequired(
                                ArrApp.RADARR, null, "Dune", "importBlocked", "needs a choice", "http://radarr:7878"))
                        .status())
                .isEqualTo(AlertStatus.NOTICE);
        Alert update = only(new ArrMessage.ArrApplicationUpdated(ArrApp.LIDARR, null, "2.0", "2.1", null, null));
        assertThat(update.summary()).isEqualTo("2.0 → 2.1");
        assertThat(update.subject()).isEqualTo("lidarr");
        assertThat(only(new ArrMessage.ArrRescanFailed(ArrApp.SONARR, null, 12, "timeout", 5))
                        .severity())
                .isEqualTo(Severity.WARNING);
        assertThat(alerts(new ArrMessage.ArrActivityRecorded(ArrApp.SONARR, null, "Grab", "x")))
                .isEmpty();
        assertThat(alerts(new ArrMessage.ArrRescanCompleted(ArrApp.SONARR, null, 1, "RescanSeries", 2)))
                .isEmpty();
    }

    @Test
    void a_failed_rotation_fires_and_the_next_rotation_resolves_it_with_a_notice() {
        Alert failed = only(new SecretMessage.SecretRotationFailed("sonarr-api-key", "401 from sonarr", true));
        List<Alert> rotated = alerts(new SecretMessage.SecretRotated("sonarr-api-key", 3));

        assertThat(failed.severity()).isEqualTo(Severity.WARNING);
        assertThat(failed.summary()).contains("rolled back");
        assertThat(rotated).extracting(Alert::status).containsExactly(AlertStatus.RESOLVED, AlertStatus.NOTICE);
        assertThat(rotated.getFirst().fingerprint()).isEqualTo(failed.fingerprint());
        assertThat(alerts(new SecretMessage.RotateSecret("x", "by hand"))).isEmpty();
    }

    @Test
    void a_failed_transcode_is_a_notice_and_other_transcode_events_are_not_alerts() {
        UUID job = UUID.randomUUID();
        Alert failed = only(new TranscodeMessage.TranscodeFailed(job, "/tv/a.mkv", "ffmpeg exit 1", List.of(), null));

        assertThat(failed.status()).isEqualTo(AlertStatus.NOTICE);
        assertThat(failed.fingerprint()).isEqualTo("transcode:failed:" + job);
        assertThat(alerts(new TranscodeMessage.TranscodeCancelled(job, "/tv/a.mkv", "deleted")))
                .isEmpty();
    }

    @Test
    void a_damaged_source_is_a_warning_notice_naming_the_finding_and_the_arr_item_to_grab_again() {
        UUID job = UUID.randomUUID();
        Alert damaged = only(new TranscodeMessage.SourceDamaged(
                job,
                "/tv/Harbor Lights/S01E02.mkv",
                0,
                44.0,
                21.3,
                "decodes to 21.3 s of the 44.0 s it declares",
                new ArrItemRef(ArrApp.SONARR, 42)));

        assertThat(damaged.status()).isEqualTo(AlertStatus.NOTICE);
        assertThat(damaged.severity()).isEqualTo(Severity.WARNING);
        assertThat(damaged.fingerprint()).isEqualTo("transcode:source-damaged:" + job);
        assertThat(damaged.name()).isEqualTo("SourceDamaged");
        assertThat(damaged.subject()).isEqualTo("/tv/Harbor Lights/S01E02.mkv");
        assertThat(damaged.summary())
                .isEqualTo("decodes to 21.3 s of the 44.0 s it declares; the file was left untouched and not"
                        + " transcoded; grab it again in sonarr (series 42)");
        assertThat(damaged.labels()).containsEntry("app", "sonarr").containsEntry("item", "42");
    }

    @Test
    void a_damaged_source_found_on_disk_names_no_arr_item() {
        Alert damaged = only(new TranscodeMessage.SourceDamaged(
                UUID.randomUUID(), "/movies/Heat.mkv", 12, 6100, 6100, "12 decode errors (first: x)", null));

        assertThat(damaged.summary())
                .isEqualTo("12 decode errors (first: x); the file was left untouched and not" + " transcoded");
        assertThat(damaged.labels()).isEmpty();
    }

    @Test
    void each_arr_app_names_its_own_kind_of_item() {
        assertThat(damagedIn(ArrApp.RADARR).summary()).endsWith("grab it again in radarr (movie 7)");
        assertThat(damagedIn(ArrApp.LIDARR).summary()).endsWith("grab it again in lidarr (artist 7)");
        assertThat(damagedIn(ArrApp.PROWLARR).summary()).endsWith("grab it again in prowlarr (item 7)");
    }

    @Test
    void a_dead_letter_is_a_notice_except_for_alert_bridges_own_deliveries() {
        assertThat(only(new PlatformMessage.MessageDeadLettered(
                                "arrflow.transcode.jobs", "RunTranscode", "m1", "invalid path"))
                        .summary())
                .isEqualTo("RunTranscode moved to arrflow.transcode.jobs.dlq: invalid path");
        assertThat(alerts(new PlatformMessage.MessageDeadLettered(
                        "arrflow.alert-bridge.notifications",
                        "alert-bridge.OutgoingNotification",
                        "m2",
                        "discord answered 404")))
                .isEmpty();
    }

    private static Alert damagedIn(ArrApp app) {
        return only(new TranscodeMessage.SourceDamaged(
                UUID.randomUUID(),
                "/media/x.mkv",
                0,
                10,
                4,
                "decodes to 4.0 s of the 10.0 s it declares",
                new ArrItemRef(app, 7)));
    }

    private static List<Alert> alerts(ArrflowMessage message) {
        return EventAlerts.of(Envelope.of(message, "test"));
    }

    private static Alert only(ArrflowMessage message) {
        List<Alert> alerts = alerts(message);
        assertThat(alerts).hasSize(1);
        return alerts.getFirst();
    }
}
