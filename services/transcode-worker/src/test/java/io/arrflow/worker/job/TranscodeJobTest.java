package io.arrflow.worker.job;

import static io.arrflow.worker.job.WorkerJobs.PILOT;
import static io.arrflow.worker.job.WorkerJobs.PILOT_RENAMED;
import static io.arrflow.worker.job.WorkerJobs.aJob;
import static io.arrflow.worker.job.WorkerJobs.aJobForThePilot;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.SourceDamaged;
import io.arrflow.model.TranscodeMessage.TranscodeFailed;
import io.arrflow.model.TranscodeMessage.TranscodeSkipped;
import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.paths.PathMapper;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.ProbeFailed;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import io.arrflow.transcode.testing.InMemoryJobRegistry;
import io.arrflow.transcode.testing.InMemoryProducedFiles;
import io.arrflow.worker.encode.Profiles;
import io.arrflow.worker.verify.SourceCheck;
import io.arrflow.worker.verify.SourceHealth;
import io.arrflow.worker.verify.SourceVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guards before any encode: shared status, claim, the file as found, the loop guard, the probe and the
 * source's own health.
 */
class TranscodeJobTest {

    @TempDir
    Path mount;

    private final InMemoryJobRegistry registry = new InMemoryJobRegistry();
    private final InMemoryProducedFiles produced = new InMemoryProducedFiles();
    private final RecordedJobEvents events = new RecordedJobEvents();
    private final List<Path> checkedSources = new ArrayList<>();
    private MediaInfo found = hevcInMatroska();
    private SourceVerdict sourceVerdict;
    private TranscodeJob transcodeJob;

    @BeforeEach
    void aWorkerThatSeesTheLibraryUnderItsMount() {
        PathMapper paths = new PathMapper(List.of("/tv=" + mount), "ARRFLOW_WORKER_PATH_MAPPINGS");
        transcodeJob = new TranscodeJob(
                registry,
                produced,
                file -> found,
                new Profiles(Map.of()),
                paths,
                new Outcomes(registry, events),
                recordingCheck(),
                null,
                "worker-1");
    }

    @Test
    void a_job_that_has_ended_is_ignored() throws IOException {
        RunTranscode job = aJobForThePilot();
        registry.queued(job);
        registry.cancel(job.jobId(), "episode deleted");

        assertThat(run(job)).isEqualTo(new JobOutcome.Ignored("job is already CANCELLED"));
        assertThat(events.announced).isEmpty();
    }

    @Test
    void a_job_redis_forgot_is_queued_again_then_claimed() throws IOException {
        RunTranscode job = aJobForThePilot();

        run(job);

        assertThat(registry.status(job.jobId()).orElseThrow().worker()).isEqualTo("worker-1");
    }

    @Test
    void an_unknown_profile_fails_the_job_before_it_is_claimed() throws IOException {
        RunTranscode job = aJob(PILOT, "vp9-please");
        registry.queued(job);

        assertThat(run(job)).isInstanceOf(JobOutcome.Failed.class);

        assertThat(registry.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.FAILED);
        assertThat(events.announced).singleElement().isInstanceOf(TranscodeFailed.class);
    }

    @Test
    void a_file_this_worker_cannot_see_fails_naming_the_path_it_looked_at() throws IOException {
        RunTranscode job = aJobForThePilot();
        registry.queued(job);

        JobOutcome outcome = run(job);

        assertThat(outcome).isEqualTo(TranscodeJob.failure("file not found on this worker: " + local(PILOT)));
    }

    @Test
    void a_file_renamed_before_the_claim_is_worked_on_at_its_new_path() throws IOException {
        RunTranscode job = aJobForThePilot();
        registry.queued(job);
        registry.retarget(job.jobId(), PILOT_RENAMED);
        episodeAt(PILOT_RENAMED);

        run(job);

        assertThat(events.announced)
                .containsExactly(new TranscodeSkipped(PILOT_RENAMED, "already-hevc", "video is hevc in mkv"));
    }

    @Test
    void a_file_arrflow_produced_is_skipped() throws IOException {
        RunTranscode job = aJobForThePilot();
        registry.queued(job);
        produced.record(FileFingerprint.of(episodeAt(PILOT)));

        assertThat(run(job)).isEqualTo(new JobOutcome.Skipped("produced-by-arrflow"));
        assertThat(registry.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.NOT_BENEFICIAL);
    }

    @Test
    void a_file_that_is_not_readable_media_fails_with_the_probes_words() throws IOException {
        RunTranscode job = aJobForThePilot();
        registry.queued(job);
        episodeAt(PILOT);
        transcodeJob = withProbeFailing("ffprobe cannot read e01.mkv: EBML header parsing failed");

        assertThat(run(job))
                .isEqualTo(TranscodeJob.failure(
                        "input is not readable media: ffprobe cannot read e01.mkv: EBML header parsing failed"));
    }

    @Test
    void a_file_already_in_the_target_codec_and_container_is_skipped() throws IOException {
        RunTranscode job = aJobForThePilot();
        registry.queued(job);
        episodeAt(PILOT);

        assertThat(run(job)).isEqualTo(new JobOutcome.Skipped("already-hevc"));
    }

    @Test
    void a_file_that_needs_nothing_is_not_decoded_for_a_health_check() throws IOException {
        RunTranscode job = aJobForThePilot();
        registry.queued(job);
        episodeAt(PILOT);

        run(job);

        assertThat(checkedSources).isEmpty();
    }

    @Test
    void a_damaged_source_ends_source_damaged_untouched_and_is_announced_with_its_arr_item() throws IOException {
        RunTranscode job = aJobForThePilot();
        registry.queued(job);
        Path episode = episodeAt(PILOT);
        found = h264InMatroska();
        SourceHealth cutShort = new SourceHealth(0, "", 2640, 1290.4);
        sourceVerdict = new SourceVerdict.Damaged(cutShort, "decodes to 1290.4 s of the 2640.0 s it declares");

        JobOutcome outcome = run(job);

        assertThat(outcome).isEqualTo(new JobOutcome.SourceDamaged("decodes to 1290.4 s of the 2640.0 s it declares"));
        assertThat(checkedSources).containsExactly(episode);
        assertThat(registry.status(job.jobId()).orElseThrow())
                .satisfies(status -> assertThat(status.state()).isEqualTo(JobState.SOURCE_DAMAGED))
                .satisfies(status -> assertThat(status.reason()).startsWith("decodes to 1290.4 s"));
        assertThat(events.announced)
                .containsExactly(new SourceDamaged(
                        job.jobId(),
                        PILOT,
                        0,
                        2640,
                        1290.4,
                        "decodes to 1290.4 s of the 2640.0 s it declares",
                        job.arrItem()));
        assertThat(Files.readString(episode)).isEqualTo("matroska bytes");
    }

    @Test
    void a_source_the_check_cannot_decode_at_all_fails_the_job_with_the_reason() throws IOException {
        RunTranscode job = aJobForThePilot();
        registry.queued(job);
        episodeAt(PILOT);
        found = h264InMatroska();
        sourceVerdict = new SourceVerdict.Undecodable("the source check could not decode the file (exit 1): x");

        assertThat(run(job)).isEqualTo(TranscodeJob.failure("the source check could not decode the file (exit 1): x"));
        assertThat(registry.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.FAILED);
    }

    private JobOutcome run(RunTranscode job) throws IOException {
        return transcodeJob.run(Envelope.of(job, "worker-test"), job);
    }

    private Path local(String jobPath) {
        return Path.of(mount + jobPath.substring("/tv".length()));
    }

    private Path episodeAt(String jobPath) throws IOException {
        Path file = local(jobPath);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "matroska bytes");
    }

    private TranscodeJob withProbeFailing(String reason) {
        return new TranscodeJob(
                registry,
                produced,
                file -> {
                    throw new ProbeFailed(reason, null);
                },
                new Profiles(Map.of()),
                new PathMapper(List.of("/tv=" + mount), "ARRFLOW_WORKER_PATH_MAPPINGS"),
                new Outcomes(registry, events),
                recordingCheck(),
                null,
                "worker-1");
    }

    private SourceCheck recordingCheck() {
        return (file, media) -> {
            checkedSources.add(file);
            return sourceVerdict;
        };
    }

    private static MediaInfo hevcInMatroska() {
        return new MediaInfo("matroska,webm", 2640, 14, List.of(StreamInfo.of(0, StreamKind.VIDEO, "hevc")));
    }

    private static MediaInfo h264InMatroska() {
        return new MediaInfo("matroska,webm", 2640, 14, List.of(StreamInfo.of(0, StreamKind.VIDEO, "h264")));
    }
}
