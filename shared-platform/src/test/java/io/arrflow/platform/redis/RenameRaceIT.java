package io.arrflow.platform.redis;

import static io.arrflow.platform.LibraryFixtures.PILOT;
import static io.arrflow.platform.LibraryFixtures.PILOT_RENAMED;
import static io.arrflow.platform.LibraryFixtures.aJobForThePilot;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * library-watcher retargets a queued job when its file is renamed while a worker claims it; on the real
 * Redis, round after round, the two meet at the same moment. Whichever wins, the job is in one state, on one
 * path, and the indexes agree with it.
 */
class RenameRaceIT {

    private static final int ROUNDS = 300;
    private static LocalRedis redis;
    private static ExecutorService racers;

    private RedisJobRegistry jobs;

    @BeforeAll
    static void connect() {
        redis = new LocalRedis();
        racers = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        racers.shutdownNow();
        racers.awaitTermination(5, TimeUnit.SECONDS);
        redis.close();
    }

    @BeforeEach
    void anEmptyRegistry() {
        redis.flush();
        jobs = new RedisJobRegistry(redis.redis, Duration.ofDays(7));
    }

    @Test
    void a_rename_and_a_claim_at_the_same_moment_leave_one_consistent_job() throws Exception {
        int renamesFirst = 0;
        for (int round = 0; round < ROUNDS; round++) {
            RunTranscode job = aJobForThePilot();
            jobs.queued(job);
            List<Object> answers =
                    race(() -> jobs.retarget(job.jobId(), PILOT_RENAMED), () -> claimAndReadPath(job.jobId()));

            boolean renamed = (Boolean) answers.get(0);
            String path = renamed ? PILOT_RENAMED : PILOT;
            renamesFirst += renamed ? 1 : 0;
            JobStatus status = jobs.status(job.jobId()).orElseThrow();
            assertThat(status.state()).as("round %d", round).isEqualTo(JobState.RUNNING);
            assertThat(status.path()).as("round %d", round).isEqualTo(path);
            assertThat(answers.get(1))
                    .as("round %d: the path the worker works on", round)
                    .isEqualTo(path);
            assertIndexesAgree(job.jobId(), path, round);
            jobs.cancel(job.jobId(), "not cancellable while running");
            redis.flush();
        }
        System.out.printf("rename/claim race: the rename came first in %d of %d rounds%n", renamesFirst, ROUNDS);
    }

    @Test
    void a_cancel_and_a_claim_at_the_same_moment_have_exactly_one_winner() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            RunTranscode job = aJobForThePilot();
            jobs.queued(job);
            List<Object> won = race(
                    () -> jobs.cancel(job.jobId(), "episode file deleted"),
                    () -> jobs.claim(job.jobId(), "worker-1", "x265"));

            assertThat(won).as("round %d", round).containsExactlyInAnyOrder(true, false);
            JobState state = jobs.status(job.jobId()).orElseThrow().state();
            boolean cancelled = (Boolean) won.get(0);
            assertThat(state).isEqualTo(cancelled ? JobState.CANCELLED : JobState.RUNNING);
            assertThat(jobs.active().isEmpty()).isEqualTo(cancelled);
            redis.flush();
        }
    }

    private void assertIndexesAgree(UUID jobId, String path, int round) {
        String other = path.equals(PILOT) ? PILOT_RENAMED : PILOT;
        assertThat(jobs.pendingJobFor(path))
                .as("round %d: the job's path", round)
                .contains(jobId);
        assertThat(jobs.pendingJobFor(other))
                .as("round %d: the other path", round)
                .isEqualTo(Optional.empty());
        assertThat(jobs.active()).extracting(JobStatus::jobId).containsExactly(jobId);
    }

    /** A worker's claim, then the path it reads to work on, as transcode-worker's TranscodeJob does. */
    private String claimAndReadPath(UUID jobId) {
        assertThat(jobs.claim(jobId, "worker-1", "x265")).as("the claim").isTrue();
        return jobs.status(jobId).orElseThrow().path();
    }

    /** Runs both at once, released together by a barrier; their answers in order. */
    private static List<Object> race(Callable<?> first, Callable<?> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<?> a = racers.submit(() -> {
            start.await();
            return first.call();
        });
        Future<?> b = racers.submit(() -> {
            start.await();
            return second.call();
        });
        return List.of(a.get(10, TimeUnit.SECONDS), b.get(10, TimeUnit.SECONDS));
    }
}
