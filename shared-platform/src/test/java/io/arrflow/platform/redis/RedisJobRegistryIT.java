package io.arrflow.platform.redis;

import static io.arrflow.platform.LibraryFixtures.PILOT;
import static io.arrflow.platform.LibraryFixtures.PILOT_BYTES;
import static io.arrflow.platform.LibraryFixtures.PILOT_RENAMED;
import static io.arrflow.platform.LibraryFixtures.SECOND_EPISODE;
import static io.arrflow.platform.LibraryFixtures.aJobFor;
import static io.arrflow.platform.LibraryFixtures.aJobForThePilot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.transcode.jobs.EncodeProgress;
import io.arrflow.transcode.jobs.Ending;
import io.arrflow.transcode.jobs.IllegalJobTransition;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RedisJobRegistryIT {

    private static final Duration KEEP_FINISHED = Duration.ofDays(7);
    private static final long SHRUNK_BYTES = 700_000_000L;
    private static final String PILOT_MP4 = PILOT.replace(".mkv", ".mp4");
    private static LocalRedis redis;

    private RedisJobRegistry jobs;

    @BeforeAll
    static void connect() {
        redis = new LocalRedis();
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @BeforeEach
    void anEmptyRegistry() {
        redis.flush();
        jobs = new RedisJobRegistry(redis.redis, KEEP_FINISHED);
    }

    @Test
    void a_queued_job_is_active_and_known_by_its_path() {
        RunTranscode job = aJobForThePilot();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        jobs.queued(job);

        JobStatus status = jobs.status(job.jobId()).orElseThrow();
        assertThat(status.state()).isEqualTo(JobState.QUEUED);
        assertThat(status.path()).isEqualTo(PILOT);
        assertThat(status.profile()).isEqualTo("hevc");
        assertThat(status.encoder()).isEqualTo("any");
        assertThat(status.sourceBytes()).isEqualTo(PILOT_BYTES);
        assertThat(status.updatedAt()).isAfterOrEqualTo(before);
        assertThat(jobs.pendingJobFor(PILOT)).contains(job.jobId());
        assertThat(jobs.active()).extracting(JobStatus::jobId).containsExactly(job.jobId());
    }

    @Test
    void an_unknown_job_has_no_status_and_an_unknown_path_no_pending_job() {
        assertThat(jobs.status(UUID.randomUUID())).isEmpty();
        assertThat(jobs.pendingJobFor(SECOND_EPISODE)).isEmpty();
        assertThat(jobs.active()).isEmpty();
    }

    @Test
    void a_worker_claims_a_queued_job_and_reports_its_progress() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);

        assertThat(jobs.claim(job.jobId(), "worker-1", "libx265")).isTrue();
        jobs.progress(job.jobId(), new EncodeProgress(42.5, 88.1, 3.6, 120));

        JobStatus status = jobs.status(job.jobId()).orElseThrow();
        assertThat(status.state()).isEqualTo(JobState.RUNNING);
        assertThat(status.worker()).isEqualTo("worker-1");
        assertThat(status.encoder()).isEqualTo("libx265");
        assertThat(status.percent()).isEqualTo(42.5);
        assertThat(status.fps()).isEqualTo(88.1);
        assertThat(status.speed()).isEqualTo(3.6);
        assertThat(status.etaSeconds()).isEqualTo(120);
        assertThat(jobs.active()).extracting(JobStatus::state).containsExactly(JobState.RUNNING);
    }

    @Test
    void a_job_whose_worker_died_may_be_claimed_again_by_another_worker() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);
        jobs.claim(job.jobId(), "worker-1", "libx265");
        jobs.verifying(job.jobId());

        assertThat(jobs.claim(job.jobId(), "worker-2", "hevc_vaapi")).isTrue();

        JobStatus status = jobs.status(job.jobId()).orElseThrow();
        assertThat(status.state()).isEqualTo(JobState.RUNNING);
        assertThat(status.worker()).isEqualTo("worker-2");
    }

    @Test
    void an_end_recorded_twice_counts_once() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);
        jobs.claim(job.jobId(), "worker-1", "libx265");

        jobs.finished(job.jobId(), ending(JobState.REPLACED, null, PILOT_BYTES, SHRUNK_BYTES));
        jobs.finished(job.jobId(), ending(JobState.REPLACED, null, PILOT_BYTES, SHRUNK_BYTES));

        assertThat(jobs.outcomeCounts()).isEqualTo(Map.of(JobState.REPLACED, 1L));
        assertThat(jobs.bytesSaved()).isEqualTo(PILOT_BYTES - SHRUNK_BYTES);
        assertThat(jobs.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.REPLACED);
    }

    @Test
    void a_replaced_job_records_its_outcome_the_bytes_saved_and_expires_later() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);
        jobs.claim(job.jobId(), "worker-1", "libx265");
        jobs.verifying(job.jobId());
        assertThat(jobs.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.VERIFYING);

        jobs.finished(job.jobId(), ending(JobState.REPLACED, null, PILOT_BYTES, SHRUNK_BYTES));

        JobStatus status = jobs.status(job.jobId()).orElseThrow();
        assertThat(status.state()).isEqualTo(JobState.REPLACED);
        assertThat(status.percent()).isEqualTo(100);
        assertThat(status.outputBytes()).isEqualTo(SHRUNK_BYTES);
        assertThat(status.reason()).isEmpty();
        assertThat(jobs.bytesSaved()).isEqualTo(PILOT_BYTES - SHRUNK_BYTES);
        assertThat(jobs.outcomeCounts()).isEqualTo(Map.of(JobState.REPLACED, 1L));
        assertThat(jobs.active()).isEmpty();
        assertThat(jobs.pendingJobFor(PILOT)).isEmpty();
        Long ttl = redis.redis.getExpire(RedisJobRegistry.JOB + job.jobId());
        assertThat(ttl).isPositive().isLessThanOrEqualTo(KEEP_FINISHED.toSeconds());
    }

    @Test
    void an_output_that_is_not_smaller_saves_no_bytes() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);
        jobs.claim(job.jobId(), "worker-1", "libx265");

        jobs.finished(
                job.jobId(), ending(JobState.NOT_BENEFICIAL, "output 107% of the source", PILOT_BYTES, 1_600_000_000L));

        assertThat(jobs.bytesSaved()).isZero();
        JobStatus status = jobs.status(job.jobId()).orElseThrow();
        assertThat(status.state()).isEqualTo(JobState.NOT_BENEFICIAL);
        assertThat(status.reason()).isEqualTo("output 107% of the source");
        assertThat(status.percent()).isZero();
    }

    @Test
    void a_damaged_source_ends_its_job_with_the_finding_is_counted_apart_and_cannot_be_claimed_again() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);
        jobs.claim(job.jobId(), "worker-1", "libx265");

        jobs.finished(job.jobId(), Ending.sourceDamaged("decodes to 21.3 s of the 44.0 s it declares", PILOT_BYTES));

        JobStatus status = jobs.status(job.jobId()).orElseThrow();
        assertThat(status.state()).isEqualTo(JobState.SOURCE_DAMAGED);
        assertThat(status.reason()).isEqualTo("decodes to 21.3 s of the 44.0 s it declares");
        assertThat(status.sourceBytes()).isEqualTo(PILOT_BYTES);
        assertThat(jobs.outcomeCounts()).isEqualTo(Map.of(JobState.SOURCE_DAMAGED, 1L));
        assertThat(jobs.bytesSaved()).isZero();
        assertThat(jobs.active()).isEmpty();
        assertThat(jobs.pendingJobFor(PILOT)).isEmpty();
        assertThat(jobs.claim(job.jobId(), "worker-2", "libx265")).isFalse();
    }

    @Test
    void a_job_that_ends_without_replacing_its_file_keeps_the_progress_it_reached() {
        RunTranscode tooLarge = aJobForThePilot();
        RunTranscode broken = aJobFor(SECOND_EPISODE);
        for (RunTranscode job : new RunTranscode[] {tooLarge, broken}) {
            jobs.queued(job);
            jobs.claim(job.jobId(), "worker-1", "libx265");
        }
        jobs.progress(tooLarge.jobId(), new EncodeProgress(100, 90, 3.5, 0));
        jobs.progress(broken.jobId(), new EncodeProgress(37.5, 90, 3.5, 40));

        jobs.finished(
                tooLarge.jobId(),
                ending(JobState.NOT_BENEFICIAL, "output 107% of the source", PILOT_BYTES, 1_600_000_000L));
        jobs.finished(broken.jobId(), ending(JobState.FAILED, "libx265: exit 1", PILOT_BYTES, 0));

        assertThat(jobs.status(tooLarge.jobId()).orElseThrow().percent()).isEqualTo(100);
        assertThat(jobs.status(broken.jobId()).orElseThrow().percent()).isEqualTo(37.5);
    }

    @Test
    void a_replaced_job_names_the_file_its_output_is_in_after_a_container_change() {
        RunTranscode job = aJobFor(PILOT_MP4);
        jobs.queued(job);
        jobs.claim(job.jobId(), "worker-1", "copy");

        jobs.finished(job.jobId(), Ending.replaced(PILOT, "software (copy): verified", PILOT_BYTES, SHRUNK_BYTES));

        JobStatus status = jobs.status(job.jobId()).orElseThrow();
        assertThat(status.state()).isEqualTo(JobState.REPLACED);
        assertThat(status.path()).isEqualTo(PILOT);
        assertThat(status.percent()).isEqualTo(100);
        assertThat(status.reason()).isEqualTo("software (copy): verified");
        assertThat(jobs.pendingJobFor(PILOT_MP4)).isEmpty();
        assertThat(jobs.pendingJobFor(PILOT)).isEmpty();
        assertThat(jobs.active()).isEmpty();
        assertThat(jobs.outcomeCounts()).isEqualTo(Map.of(JobState.REPLACED, 1L));
        assertThat(jobs.bytesSaved()).isEqualTo(PILOT_BYTES - SHRUNK_BYTES);
        assertThat(redis.redis.getExpire(RedisJobRegistry.JOB + job.jobId())).isPositive();
    }

    @Test
    void outcomes_are_counted_per_state_across_jobs() {
        RunTranscode pilot = aJobForThePilot();
        RunTranscode second = aJobFor(SECOND_EPISODE);
        RunTranscode third = aJobFor("/media/tv/The Expanse/Season 01/The Expanse - S01E03.mkv");
        for (RunTranscode job : new RunTranscode[] {pilot, second, third}) {
            jobs.queued(job);
        }
        jobs.claim(pilot.jobId(), "worker-1", "libx265");
        jobs.finished(pilot.jobId(), ending(JobState.REPLACED, null, PILOT_BYTES, SHRUNK_BYTES));
        jobs.claim(second.jobId(), "worker-1", "libx265");
        jobs.finished(second.jobId(), ending(JobState.FAILED, "libx265: exit 1", PILOT_BYTES, 0));
        jobs.cancel(third.jobId(), "episode file deleted");

        assertThat(jobs.outcomeCounts())
                .isEqualTo(Map.of(JobState.REPLACED, 1L, JobState.FAILED, 1L, JobState.CANCELLED, 1L));
    }

    @Test
    void a_queued_job_is_cancelled_with_its_reason_and_leaves_the_active_list() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);

        assertThat(jobs.cancel(job.jobId(), "episode file deleted")).isTrue();

        JobStatus status = jobs.status(job.jobId()).orElseThrow();
        assertThat(status.state()).isEqualTo(JobState.CANCELLED);
        assertThat(status.reason()).isEqualTo("episode file deleted");
        assertThat(jobs.active()).isEmpty();
        assertThat(jobs.pendingJobFor(PILOT)).isEmpty();
        assertThat(redis.redis.getExpire(RedisJobRegistry.JOB + job.jobId())).isPositive();
    }

    @Test
    void a_running_job_cannot_be_cancelled() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);
        jobs.claim(job.jobId(), "worker-1", "libx265");

        assertThat(jobs.cancel(job.jobId(), "episode file deleted")).isFalse();

        assertThat(jobs.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.RUNNING);
        assertThat(jobs.outcomeCounts()).isEmpty();
    }

    @Test
    void a_cancelled_job_is_not_claimed_by_a_worker() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);
        jobs.cancel(job.jobId(), "episode file deleted");

        assertThat(jobs.claim(job.jobId(), "worker-1", "libx265")).isFalse();

        assertThat(jobs.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void a_finished_job_is_not_done_twice_when_its_message_is_redelivered() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);
        jobs.claim(job.jobId(), "worker-1", "libx265");
        jobs.finished(job.jobId(), ending(JobState.REPLACED, null, PILOT_BYTES, SHRUNK_BYTES));

        assertThat(jobs.claim(job.jobId(), "worker-2", "libx265")).isFalse();

        JobStatus status = jobs.status(job.jobId()).orElseThrow();
        assertThat(status.state()).isEqualTo(JobState.REPLACED);
        assertThat(status.worker()).isEqualTo("worker-1");
    }

    @Test
    void a_job_nobody_queued_cannot_be_claimed() {
        assertThat(jobs.claim(UUID.randomUUID(), "worker-1", "libx265")).isFalse();
    }

    @Test
    void a_queued_job_follows_its_file_to_the_new_path() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);

        assertThat(jobs.retarget(job.jobId(), PILOT_RENAMED)).isTrue();

        assertThat(jobs.status(job.jobId()).orElseThrow().path()).isEqualTo(PILOT_RENAMED);
        assertThat(jobs.pendingJobFor(PILOT_RENAMED)).contains(job.jobId());
        assertThat(jobs.pendingJobFor(PILOT)).isEmpty();
    }

    @Test
    void a_running_job_is_not_retargeted() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);
        jobs.claim(job.jobId(), "worker-1", "libx265");

        assertThat(jobs.retarget(job.jobId(), PILOT_RENAMED)).isFalse();
        assertThat(jobs.retarget(UUID.randomUUID(), PILOT_RENAMED)).isFalse();

        assertThat(jobs.status(job.jobId()).orElseThrow().path()).isEqualTo(PILOT);
        assertThat(jobs.pendingJobFor(PILOT_RENAMED)).isEmpty();
    }

    @Test
    void a_retargeted_job_frees_its_new_path_when_it_finishes() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);
        jobs.retarget(job.jobId(), PILOT_RENAMED);
        jobs.claim(job.jobId(), "worker-1", "libx265");

        jobs.finished(job.jobId(), ending(JobState.REPLACED, null, PILOT_BYTES, SHRUNK_BYTES));

        assertThat(jobs.pendingJobFor(PILOT_RENAMED)).isEmpty();
    }

    @Test
    void a_newer_job_for_the_same_path_keeps_the_path_when_the_older_one_finishes() {
        RunTranscode older = aJobForThePilot();
        RunTranscode newer = aJobForThePilot();
        jobs.queued(older);
        jobs.claim(older.jobId(), "worker-1", "libx265");
        jobs.queued(newer);

        jobs.finished(older.jobId(), ending(JobState.FAILED, "libx265: exit 1", PILOT_BYTES, 0));

        assertThat(jobs.pendingJobFor(PILOT)).contains(newer.jobId());
        assertThat(jobs.active()).extracting(JobStatus::jobId).containsExactly(newer.jobId());
    }

    @Test
    void a_job_is_queued_once() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);
        jobs.claim(job.jobId(), "worker-1", "libx265");

        assertThat(jobs.queued(job)).isFalse();

        assertThat(jobs.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void a_job_nobody_claimed_is_not_verified() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);

        assertThatThrownBy(() -> jobs.verifying(job.jobId()))
                .isInstanceOf(IllegalJobTransition.class)
                .hasMessageStartingWith("a QUEUED job cannot become VERIFYING");
        assertThat(jobs.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.QUEUED);
    }

    @Test
    void a_cancelled_job_does_not_end_otherwise_and_counts_once() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);
        jobs.cancel(job.jobId(), "episode file deleted");

        assertThatThrownBy(() -> jobs.finished(job.jobId(), Ending.replaced(PILOT, "", PILOT_BYTES, SHRUNK_BYTES)))
                .isInstanceOf(IllegalJobTransition.class)
                .hasMessage("a CANCELLED job cannot become REPLACED (it is final)");
        assertThat(jobs.cancel(job.jobId(), "again")).isFalse();
        assertThat(jobs.outcomeCounts()).isEqualTo(Map.of(JobState.CANCELLED, 1L));
        assertThat(jobs.bytesSaved()).isZero();
    }

    @Test
    void progress_is_kept_only_while_the_job_runs() {
        RunTranscode job = aJobForThePilot();
        jobs.queued(job);

        assertThat(jobs.progress(job.jobId(), new EncodeProgress(12, 80, 3, 300)))
                .isFalse();
        assertThat(jobs.progress(UUID.randomUUID(), new EncodeProgress(12, 80, 3, 300)))
                .isFalse();

        assertThat(jobs.status(job.jobId()).orElseThrow().percent()).isZero();
    }

    @Test
    void the_end_of_a_job_redis_no_longer_knows_is_still_recorded() {
        UUID expired = UUID.randomUUID();

        jobs.finished(expired, Ending.failed("every delivery failed", PILOT_BYTES));

        assertThat(jobs.status(expired).orElseThrow().state()).isEqualTo(JobState.FAILED);
        assertThat(jobs.outcomeCounts()).isEmpty();
    }

    @Test
    void a_job_redis_no_longer_knows_is_not_verified() {
        assertThatThrownBy(() -> jobs.verifying(UUID.randomUUID()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no job to move to VERIFYING: it was never queued or has expired");
    }

    private static Ending ending(JobState outcome, String reason, long sourceBytes, long outputBytes) {
        return new Ending(outcome, reason, sourceBytes, outputBytes, null);
    }
}
