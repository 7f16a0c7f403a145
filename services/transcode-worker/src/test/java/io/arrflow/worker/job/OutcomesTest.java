package io.arrflow.worker.job;

import static io.arrflow.worker.job.WorkerJobs.PILOT;
import static io.arrflow.worker.job.WorkerJobs.PILOT_BYTES;
import static io.arrflow.worker.job.WorkerJobs.aJobForThePilot;
import static io.arrflow.worker.job.WorkerJobs.contextOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeFailed;
import io.arrflow.model.TranscodeMessage.TranscodeNotBeneficial;
import io.arrflow.model.TranscodeMessage.TranscodeSkipped;
import io.arrflow.transcode.jobs.Ending;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.transcode.testing.InMemoryJobRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomesTest {

    @TempDir
    Path library;

    private final InMemoryJobRegistry registry = new InMemoryJobRegistry();
    private final RecordedJobEvents events = new RecordedJobEvents();
    private final Outcomes outcomes = new Outcomes(registry, events);

    @Test
    void a_failure_is_announced_and_ends_the_job_with_the_size_of_the_file_found() throws IOException {
        RunTranscode job = aRunningJob();
        Path file = Files.writeString(library.resolve("e01.mkv"), "twelve bytes");

        outcomes.failed(contextOf(job, file), new JobOutcome.Failed("libx265: exit 1", List.of("libx265: exit 1")));

        assertThat(events.announced)
                .containsExactly(
                        new TranscodeFailed(job.jobId(), PILOT, "libx265: exit 1", List.of("libx265: exit 1"), null));
        JobStatus status = registry.status(job.jobId()).orElseThrow();
        assertThat(status.state()).isEqualTo(JobState.FAILED);
        assertThat(status.sourceBytes()).isEqualTo(12);
    }

    @Test
    void a_failure_on_a_vanished_file_keeps_the_size_the_job_was_queued_with() {
        RunTranscode job = aRunningJob();

        outcomes.failed(contextOf(job, library.resolve("gone.mkv")), TranscodeJob.failure("file not found"));

        assertThat(registry.status(job.jobId()).orElseThrow().sourceBytes()).isEqualTo(PILOT_BYTES);
    }

    @Test
    void a_skip_and_an_output_not_worth_keeping_end_not_beneficial() {
        RunTranscode skipped = aRunningJob();
        RunTranscode larger = aRunningJob();

        outcomes.skipped(contextOf(skipped, library), "already-hevc", "video is hevc in mkv", PILOT_BYTES);
        outcomes.notBeneficial(
                contextOf(larger, library),
                new JobOutcome.NotBeneficial("libx265", PILOT_BYTES, PILOT_BYTES + 1, "output 100% of the source"));

        assertThat(events.announced)
                .containsExactly(
                        new TranscodeSkipped(PILOT, "already-hevc", "video is hevc in mkv"),
                        new TranscodeNotBeneficial(
                                larger.jobId(),
                                PILOT,
                                PILOT_BYTES,
                                PILOT_BYTES + 1,
                                "output 100% of the source",
                                null));
        assertThat(registry.outcomeCounts()).containsEntry(JobState.NOT_BENEFICIAL, 2L);
    }

    @Test
    void an_abandoned_job_fails_with_the_reason_and_the_path_it_has_now() {
        RunTranscode job = aJobForThePilot();
        registry.queued(job);
        registry.retarget(job.jobId(), WorkerJobs.PILOT_RENAMED);

        outcomes.abandoned(Envelope.of(job, "worker-test"), job, "scratch disk unavailable");

        assertThat(events.announced)
                .containsExactly(new TranscodeFailed(
                        job.jobId(),
                        WorkerJobs.PILOT_RENAMED,
                        "scratch disk unavailable",
                        List.of("scratch disk unavailable"),
                        null));
        assertThat(registry.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.FAILED);
    }

    @Test
    void an_abandoned_job_that_had_ended_keeps_its_end_and_tells_nothing() {
        RunTranscode job = aRunningJob();
        registry.finished(job.jobId(), Ending.replaced(PILOT, "verified", PILOT_BYTES, 700));

        outcomes.abandoned(Envelope.of(job, "worker-test"), job, "ack lost");

        assertThat(events.announced).isEmpty();
        assertThat(registry.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.REPLACED);
    }

    private RunTranscode aRunningJob() {
        RunTranscode job = aJobForThePilot();
        registry.queued(job);
        registry.claim(job.jobId(), "worker-1", "libx265");
        return job;
    }
}
