package io.arrflow.watcher.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.ArrMessage.ArrActivityRecorded;
import io.arrflow.model.ArrMessage.ArrApplicationUpdated;
import io.arrflow.model.ArrMessage.ArrHealthIssue;
import io.arrflow.model.ArrMessage.ArrHealthRestored;
import io.arrflow.model.ArrMessage.ArrManualInteractionRequired;
import io.arrflow.watcher.webhook.Reaction.Acknowledge;
import io.arrflow.watcher.webhook.Reaction.Announce;
import io.arrflow.watcher.webhook.Reaction.Cancel;
import io.arrflow.watcher.webhook.Reaction.Ignore;
import io.arrflow.watcher.webhook.Reaction.Import;
import io.arrflow.watcher.webhook.Reaction.Refuse;
import io.arrflow.watcher.webhook.Reaction.Retarget;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Contract test: every webhook sample of Sonarr v4, Radarr v6 and Lidarr v2 maps to the right reaction. */
class WebhookReactionsTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "sonarr-test, test",
        "sonarr-grab, announce",
        "sonarr-download, import",
        "sonarr-download-upgrade, import",
        "sonarr-download-importcomplete, import",
        "sonarr-rename, retarget",
        "sonarr-seriesadd, announce",
        "sonarr-seriesdelete, cancel",
        "sonarr-episodefiledelete, cancel",
        "sonarr-episodefiledelete-upgrade, cancel",
        "sonarr-health, announce",
        "sonarr-healthrestored, announce",
        "sonarr-applicationupdate, announce",
        "sonarr-manualinteractionrequired, announce",
        "radarr-test, test",
        "radarr-grab, announce",
        "radarr-download, import",
        "radarr-download-upgrade, import",
        "radarr-rename, retarget",
        "radarr-movieadded, announce",
        "radarr-moviedelete, cancel",
        "radarr-moviefiledelete, cancel",
        "radarr-moviefiledelete-upgrade, cancel",
        "radarr-health, announce",
        "radarr-healthrestored, announce",
        "radarr-applicationupdate, announce",
        "radarr-manualinteractionrequired, announce",
        "lidarr-test, test",
        "lidarr-grab, announce",
        "lidarr-download, import",
        "lidarr-download-upgrade, import",
        "lidarr-importfailure, announce",
        "lidarr-downloadfailure, announce",
        "lidarr-rename, retarget",
        "lidarr-retag, announce",
        "lidarr-artistadd, announce",
        "lidarr-artistdelete, cancel",
        "lidarr-albumdelete, cancel",
        "lidarr-health, announce",
        "lidarr-healthrestored, announce",
        "lidarr-applicationupdate, announce"
    })
    void every_sample_maps_to_its_reaction(String sample, String reaction) throws IOException {
        assertThat(react(sample).name()).isEqualTo(reaction);
    }

    @Test
    void a_sonarr_download_imports_the_episode_file_for_its_series() throws IOException {
        Import imported = (Import) react("sonarr-download");

        assertThat(imported.files())
                .containsExactly("/tv/Harbor Lights/Season 02/Harbor Lights - S02E05 - Tidewater WEBDL-1080p.mkv");
        assertThat(imported.item()).isEqualTo(new ArrItemRef(ArrApp.SONARR, 12));
        assertThat(imported.tags()).containsExactly("transcode");
        assertThat(imported.replaced()).isEmpty();
    }

    @Test
    void an_upgrade_also_names_the_files_it_replaced() throws IOException {
        Import imported = (Import) react("radarr-download-upgrade");

        assertThat(imported.files()).hasSize(1);
        assertThat(imported.replaced()).isNotEmpty();
        assertThat(imported.item().app()).isEqualTo(ArrApp.RADARR);
    }

    @Test
    void an_import_complete_event_imports_every_episode_file() throws IOException {
        Import imported = (Import) react("sonarr-download-importcomplete");

        assertThat(imported.files()).hasSizeGreaterThanOrEqualTo(1).allSatisfy(f -> assertThat(f)
                .startsWith("/tv/"));
    }

    @Test
    void a_lidarr_import_carries_its_track_files() throws IOException {
        Import imported = (Import) react("lidarr-download");

        assertThat(imported.files()).allSatisfy(f -> assertThat(f).startsWith("/music/"));
        assertThat(imported.item().app()).isEqualTo(ArrApp.LIDARR);
    }

    @Test
    void a_series_delete_cancels_everything_under_its_folder() throws IOException {
        Cancel cancel = (Cancel) react("sonarr-seriesdelete");

        assertThat(cancel.folders()).containsExactly("/tv/Harbor Lights");
        assertThat(cancel.onlyMissing()).isFalse();
    }

    @Test
    void an_album_delete_cancels_only_the_gone_files_under_the_artist_folder() throws IOException {
        Cancel cancel = (Cancel) react("lidarr-albumdelete");

        assertThat(cancel.folders()).containsExactly("/music/Northern Static");
        assertThat(cancel.onlyMissing()).isTrue();
        assertThat(((Cancel) react("lidarr-artistdelete")).onlyMissing()).isFalse();
    }

    @Test
    void a_file_delete_cancels_that_file_with_the_reason() throws IOException {
        Cancel cancel = (Cancel) react("radarr-moviefiledelete");

        assertThat(cancel.files()).hasSize(1);
        assertThat(cancel.reason()).contains("file deleted");
    }

    @Test
    void a_rename_moves_pending_jobs_from_the_previous_path() throws IOException {
        Retarget retarget = (Retarget) react("sonarr-rename");

        assertThat(retarget.moves()).first().satisfies(move -> {
            assertThat(move.from()).contains("Harbor.Lights.S02E05");
            assertThat(move.to()).contains("Harbor Lights - S02E05");
        });
    }

    @Test
    void health_issues_become_events_with_their_level_check_and_link() throws IOException {
        ArrHealthIssue issue = (ArrHealthIssue) ((Announce) react("radarr-health")).event();

        assertThat(issue.app()).isEqualTo(ArrApp.RADARR);
        assertThat(issue.level()).isNotBlank();
        assertThat(issue.check()).isNotBlank();
        assertThat(issue.link()).isEqualTo("https://radarr.example.lan");
        assertThat(((Announce) react("sonarr-healthrestored")).event()).isInstanceOf(ArrHealthRestored.class);
    }

    @Test
    void manual_interaction_and_updates_become_events() throws IOException {
        assertThat(((Announce) react("sonarr-manualinteractionrequired")).event())
                .isInstanceOfSatisfying(ArrManualInteractionRequired.class, event -> assertThat(event.downloadStatus())
                        .isEqualTo("Warning"));
        assertThat(((Announce) react("lidarr-applicationupdate")).event())
                .isInstanceOfSatisfying(ArrApplicationUpdated.class, event -> assertThat(event.newVersion())
                        .isNotBlank());
    }

    @Test
    void a_grab_is_recorded_with_its_title() throws IOException {
        assertThat(((Announce) react("sonarr-grab")).event())
                .isInstanceOfSatisfying(ArrActivityRecorded.class, event -> {
                    assertThat(event.eventType()).isEqualTo("Grab");
                    assertThat(event.title()).isEqualTo("Harbor Lights");
                });
    }

    @Test
    void the_test_button_is_acknowledged() throws IOException {
        assertThat(react("lidarr-test")).isInstanceOf(Acknowledge.class);
    }

    @Test
    void an_event_type_this_version_does_not_know_is_ignored() {
        ArrWebhook hook = JSON.readValue("{\"eventType\":\"SomethingNew\",\"brandNewField\":1}", ArrWebhook.class);

        assertThat(WebhookReactions.react(ArrApp.SONARR, hook)).isEqualTo(new Ignore("SomethingNew"));
    }

    @Test
    void event_types_are_matched_without_regard_to_case() {
        ArrWebhook hook = JSON.readValue("{\"eventType\":\"test\"}", ArrWebhook.class);

        assertThat(WebhookReactions.react(ArrApp.SONARR, hook)).isInstanceOf(Acknowledge.class);
    }

    @Test
    void a_download_whose_file_is_null_is_refused_with_its_reason_not_answered_as_a_success() {
        ArrWebhook hook = JSON.readValue(
                "{\"eventType\":\"Download\",\"series\":{\"id\":12},\"episodeFile\":null}", ArrWebhook.class);

        Reaction reaction = WebhookReactions.react(ArrApp.SONARR, hook);

        assertThat(reaction).isInstanceOf(Refuse.class);
        assertThat(((Refuse) reaction).reason()).contains("names none, so nothing was queued");
    }

    static ArrWebhook sample(String name) throws IOException {
        try (InputStream in = WebhookReactionsTest.class.getResourceAsStream("/arr/" + name + ".json")) {
            return JSON.readValue(in, ArrWebhook.class);
        }
    }

    private static Reaction react(String sample) throws IOException {
        ArrApp app = ArrApp.fromWire(sample.substring(0, sample.indexOf('-')));
        return WebhookReactions.react(app, sample(sample));
    }
}
