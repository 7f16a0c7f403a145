package io.arrflow.watcher.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.ArrMessage.ArrHealthIssue;
import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.TranscodeMessage.MediaFileDetected;
import io.arrflow.model.TranscodeMessage.TranscodeSkipped;
import io.arrflow.transcode.paths.PathMapper;
import io.arrflow.transcode.testing.InMemoryJobRegistry;
import io.arrflow.watcher.jobs.JobEvents;
import io.arrflow.watcher.jobs.PendingJobs;
import io.arrflow.watcher.library.LibraryGuard;
import io.arrflow.watcher.policy.PolicyRules;
import io.arrflow.watcher.policy.Profile;
import io.arrflow.watcher.policy.TranscodePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What a webhook puts on the wire, told by an in-memory {@link WebhookEvents}. */
class ReactionExecutorTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final String EPISODE = "Harbor Lights - S02E05.mkv";

    @TempDir
    Path disk;

    private final RecordedEvents events = new RecordedEvents();
    private Path episode;
    private ReactionExecutor executor;

    @BeforeEach
    void aLibraryWithOneEpisode() throws IOException {
        Path tv = Files.createDirectories(disk.resolve("tv/Harbor Lights"));
        episode = Files.writeString(tv.resolve(EPISODE), "video").toRealPath();
        LibraryGuard guard = new LibraryGuard(List.of(disk.resolve("tv")));
        PathMapper mapper = new PathMapper(List.of("/tv=" + disk.resolve("tv")), "ARRFLOW_PATH_MAPPINGS");
        executor = new ReactionExecutor(mapper, guard, aPolicyKeeping("keep-original"), noJobs(guard), events);
    }

    @Test
    void an_imported_episode_is_queued_for_detection_with_its_item_and_origin() {
        WebhookResult result = executor.handle(ArrApp.SONARR, aDownload("transcode"));

        assertThat(events.detected).singleElement().satisfies(detected -> {
            assertThat(detected.path()).isEqualTo(episode.toString());
            assertThat(detected.sizeBytes()).isEqualTo(5);
            assertThat(detected.origin()).isEqualTo("sonarr-webhook");
            assertThat(detected.arrItem()).isEqualTo(new ArrItemRef(ArrApp.SONARR, 12));
        });
        assertThat(events.announced).isEmpty();
        assertThat(result).isEqualTo(new WebhookResult("Download", "import", "handled", 1));
    }

    @Test
    void an_episode_tagged_to_keep_its_original_is_announced_as_skipped_and_not_queued() {
        WebhookResult result = executor.handle(ArrApp.SONARR, aDownload("keep-original"));

        assertThat(events.detected).isEmpty();
        assertThat(events.announced).singleElement().isInstanceOfSatisfying(TranscodeSkipped.class, skipped -> {
            assertThat(skipped.path())
                    .isEqualTo(disk.resolve("tv/Harbor Lights/" + EPISODE).toString());
            assertThat(skipped.detail()).contains("keep-original");
        });
        assertThat(result.published()).isEqualTo(1);
    }

    @Test
    void a_file_outside_the_library_is_refused_and_nothing_is_queued() {
        ArrWebhook outside = hook("""
                {"eventType":"Download","series":{"id":12},"episodeFile":{"path":"/downloads/%s"}}""".formatted(EPISODE));

        assertThatThrownBy(() -> executor.handle(ArrApp.SONARR, outside))
                .isInstanceOf(RefusedWebhook.class)
                .hasMessageEndingWith("nothing was queued");
        assertThat(events.detected).isEmpty();
        assertThat(events.announced).isEmpty();
    }

    @Test
    void a_health_issue_is_announced_as_the_arr_app_reported_it() {
        ArrWebhook health = hook("""
                {"eventType":"Health","level":"warning","message":"Indexers unavailable","type":"IndexerStatusCheck"}""");

        WebhookResult result = executor.handle(ArrApp.SONARR, health);

        assertThat(events.announced).singleElement().isInstanceOfSatisfying(ArrHealthIssue.class, issue -> assertThat(
                        issue.message())
                .isEqualTo("Indexers unavailable"));
        assertThat(result.reaction()).isEqualTo("announce");
    }

    @Test
    void the_test_button_and_an_unknown_event_publish_nothing() {
        assertThat(executor.handle(ArrApp.RADARR, hook("{\"eventType\":\"Test\"}"))
                        .published())
                .isZero();
        assertThat(executor.handle(ArrApp.RADARR, hook("{\"eventType\":\"SomethingNew\"}"))
                        .outcome())
                .isEqualTo("ignored");
        assertThat(events.detected).isEmpty();
        assertThat(events.announced).isEmpty();
    }

    @Test
    void a_download_that_names_no_file_is_refused_with_its_reason() {
        ArrWebhook noFile = hook("{\"eventType\":\"Download\",\"series\":{\"id\":12}}");

        assertThatThrownBy(() -> executor.handle(ArrApp.SONARR, noFile))
                .isInstanceOf(RefusedWebhook.class)
                .hasMessageContaining("must name the imported file");
        assertThat(events.detected).isEmpty();
    }

    private static ArrWebhook aDownload(String tag) {
        return hook("""
                {"eventType":"Download","series":{"id":12,"tags":["%s"]},
                 "episodeFile":{"path":"/tv/Harbor Lights/%s"}}""".formatted(tag, EPISODE));
    }

    private static ArrWebhook hook(String json) {
        return JSON.readValue(json, ArrWebhook.class);
    }

    private static TranscodePolicy aPolicyKeeping(String tag) {
        return new TranscodePolicy(
                new PolicyRules(Profile.HEVC, 0, Set.of("hevc"), List.of("matroska"), "mkv", List.of(), Set.of(tag)));
    }

    /** No job is known, so the reactions here cancel and retarget nothing. */
    private PendingJobs noJobs(LibraryGuard guard) {
        JobEvents jobEvents = new JobEvents() {
            @Override
            public void announce(ArrflowMessage event) {
                events.announce(event);
            }

            @Override
            public void publish(ArrflowMessage event) {
                events.announce(event);
            }
        };
        return new PendingJobs(new InMemoryJobRegistry(), guard, jobEvents);
    }

    private static final class RecordedEvents implements WebhookEvents {

        final List<MediaFileDetected> detected = new ArrayList<>();
        final List<ArrflowMessage> announced = new ArrayList<>();

        @Override
        public void detected(MediaFileDetected file) {
            detected.add(file);
        }

        @Override
        public void announce(ArrflowMessage fact) {
            announced.add(fact);
        }
    }
}
