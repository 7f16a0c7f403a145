package io.arrflow.watcher.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.TranscodeRequested;
import io.arrflow.model.TranscodeMessage.TranscodeSkipped;
import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.ProbeFailed;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import io.arrflow.transcode.testing.InMemoryJobRegistry;
import io.arrflow.transcode.testing.InMemoryProducedFiles;
import io.arrflow.watcher.policy.PolicyRules;
import io.arrflow.watcher.policy.Profile;
import io.arrflow.watcher.policy.TranscodePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dedupe → loop guard → probe → policy → job or skip, with the broker and Redis as in-memory fakes. */
class JobPlannerTest {

    @TempDir
    Path library;

    private final InMemoryJobRegistry registry = new InMemoryJobRegistry();
    private final InMemoryProducedFiles produced = new InMemoryProducedFiles();
    private final InMemoryDedupe dedupe = new InMemoryDedupe();
    private final RecordedBroker broker = new RecordedBroker();
    private MediaInfo found = h264(2_000_000_000L);
    private JobPlanner planner;
    private Path episode;

    @BeforeEach
    void aLibraryWithAnEpisode() throws IOException {
        episode = Files.writeString(library.resolve("Harbor Lights - S01E01.mkv"), "matroska bytes");
        TranscodePolicy policy = new TranscodePolicy(new PolicyRules(
                Profile.HEVC, 50_000_000L, Set.of("hevc"), List.of("matroska"), "mkv", List.of(), Set.of()));
        planner = new JobPlanner(
                dedupe, produced, registry, file -> found, policy, new JobDispatcher(registry, broker, "mkv"), broker);
    }

    @Test
    void an_h264_episode_becomes_a_queued_job_sent_to_the_workers() throws IOException {
        PlanOutcome outcome = planner.plan(aDetection(), "message-1");

        assertThat(outcome).isInstanceOf(PlanOutcome.Queued.class);
        var job = ((PlanOutcome.Queued) outcome).job();
        assertThat(broker.sent).containsExactly(job);
        assertThat(job.plan()).isEqualTo(Plan.TRANSCODE);
        assertThat(job.source().videoCodec()).isEqualTo("h264");
        assertThat(job.source().width()).isEqualTo(1920);
        assertThat(registry.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.QUEUED);
        assertThat(broker.announced).singleElement().isInstanceOf(TranscodeRequested.class);
        assertThat(dedupe.decided(FileFingerprint.of(episode))).isTrue();
    }

    @Test
    void a_file_already_pending_is_a_duplicate_of_its_job() {
        PlanOutcome.Queued first = (PlanOutcome.Queued) planner.plan(aDetection(), "message-1");

        assertThat(planner.plan(aDetection(), "message-2"))
                .isEqualTo(
                        new PlanOutcome.Duplicate("already-queued", first.job().jobId()));
    }

    @Test
    void arrflows_own_output_is_never_planned_again() throws IOException {
        produced.record(FileFingerprint.of(episode));

        assertThat(planner.plan(aDetection(), "message-1"))
                .isEqualTo(new PlanOutcome.Duplicate("arrflow-output", null));
        assertThat(broker.sent).isEmpty();
    }

    @Test
    void a_file_another_report_is_deciding_is_retried_later() throws IOException {
        dedupe.claim(FileFingerprint.of(episode), "message-0");

        assertThatThrownBy(() -> planner.plan(aDetection(), "message-1")).isInstanceOf(FileBeingDecided.class);
    }

    @Test
    void an_unreadable_file_is_skipped_with_the_probes_words() {
        planner = new JobPlanner(
                dedupe,
                produced,
                registry,
                file -> {
                    throw new ProbeFailed("Harbor Lights - S01E01.mkv is empty (0 bytes)", null);
                },
                null,
                null,
                broker);

        assertThat(planner.plan(aDetection(), "message-1"))
                .isEqualTo(new PlanOutcome.Skipped("unreadable", "Harbor Lights - S01E01.mkv is empty (0 bytes)"));
        assertThat(broker.announced).singleElement().isInstanceOf(TranscodeSkipped.class);
    }

    @Test
    void a_job_the_broker_does_not_take_fails_and_the_file_may_be_decided_again() throws IOException {
        broker.refusesJobs = new IllegalStateException("no confirm within 10 s");

        assertThatThrownBy(() -> planner.plan(aDetection(), "message-1")).hasMessage("no confirm within 10 s");

        assertThat(registry.outcomeCounts()).containsEntry(JobState.FAILED, 1L);
        assertThat(registry.pendingJobFor(episode.toString())).isEmpty();
        assertThat(dedupe.decided(FileFingerprint.of(episode))).isFalse();
    }

    private Detection aDetection() {
        return new Detection(episode, "sonarr-webhook", null, Optional.empty());
    }

    private static MediaInfo h264(long sizeBytes) {
        return new MediaInfo(
                "matroska,webm",
                2640,
                sizeBytes,
                List.of(
                        new StreamInfo(
                                0,
                                StreamKind.VIDEO,
                                "h264",
                                false,
                                8,
                                new StreamInfo.Picture(1920, 1080),
                                null,
                                null,
                                null,
                                null,
                                0),
                        StreamInfo.of(1, StreamKind.AUDIO, "aac")));
    }
}
