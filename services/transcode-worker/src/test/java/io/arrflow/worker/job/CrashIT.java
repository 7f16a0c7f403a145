package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeCompleted;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.transcode.probe.ffprobe.FfprobeMediaProbe;
import io.arrflow.worker.Clips;
import io.arrflow.worker.MediaProcesses;
import io.arrflow.worker.WorkerProcess;
import io.arrflow.worker.WorkerTestSupport;
import io.arrflow.worker.swap.Journal;
import io.arrflow.worker.swap.Journals;
import io.arrflow.worker.swap.SwapPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * kill -9 of a worker process in the middle of an encode and in the middle of the swap, then a
 * restart: the original's place always holds the original or the verified output, and the job
 * completes exactly once. The worker in this JVM has no encode slots: it only publishes and reads.
 */
@TestPropertySource(properties = "arrflow.worker.concurrency=0")
class CrashIT extends WorkerTestSupport {

    private static final String SLOW_ENCODE = "--arrflow.worker.profiles.hevc.preset=slower";

    private final FfprobeMediaProbe probe = new FfprobeMediaProbe();

    @Test
    void a_worker_killed_mid_encode_leaves_the_original_and_the_restarted_worker_finishes_the_job_once()
            throws Exception {
        Path folder = folder("kill-encode");
        Path episode = Clips.aLongerH264Episode(folder.resolve("episode.mkv"), 8);
        byte[] original = Files.readAllBytes(episode);
        Path state = Files.createDirectories(ROOT.resolve("kill-encode-state"));
        RunTranscode job;
        try (WorkerProcess worker = WorkerProcess.start(state, ROOT.resolve("kill-encode.log"), SLOW_ENCODE)) {
            job = queue(episode, Plan.TRANSCODE, "any");
            Path temp = SwapPaths.temp(episode, job.jobId());
            await("the encode to be under way", () -> Files.exists(temp) && percent(job) > 0);
            worker.kill();
        }
        assertThat(Files.readAllBytes(episode)).isEqualTo(original);

        try (WorkerProcess worker = WorkerProcess.start(state, ROOT.resolve("kill-encode-2.log"))) {
            JobStatus status = awaitFinished(job.jobId());
            assertThat(status.state()).isEqualTo(JobState.REPLACED);
            await("the job's journal to be cleared", () -> isEmpty(state));
        }
        assertCompletedOnce(job, episode, folder, state);
    }

    @Test
    void a_worker_killed_mid_encode_takes_its_ffmpeg_with_it() throws Exception {
        Path episode = Clips.aLongerH264Episode(folder("kill-children").resolve("episode.mkv"), 30);
        Path state = Files.createDirectories(ROOT.resolve("kill-children-state"));
        List<ProcessHandle> children;
        Path temp;
        try (WorkerProcess worker = WorkerProcess.start(state, ROOT.resolve("kill-children.log"), SLOW_ENCODE)) {
            RunTranscode job = queue(episode, Plan.TRANSCODE, "any");
            temp = SwapPaths.temp(episode, job.jobId());
            await("the encode to be under way", () -> Files.exists(temp) && percent(job) > 0);
            children = worker.mediaChildren();
            assertThat(children).as("the worker's ffmpeg").isNotEmpty();

            worker.kill();
        }
        try {
            await(Duration.ofSeconds(10), "the worker's ffmpeg to die with it", () -> children.stream()
                    .noneMatch(MediaProcesses::isRunning));
            assertThat(MediaProcesses.namingFile(temp)).isEmpty();
        } finally {
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void start_up_recovery_stops_and_logs_an_ffmpeg_a_dead_worker_left_writing() throws Exception {
        Path episode = Clips.anH264Episode(folder("orphan").resolve("episode.mkv"));
        byte[] original = Files.readAllBytes(episode);
        Path state = Files.createDirectories(ROOT.resolve("orphan-state"));
        Journal journal = Journal.encoding(UUID.randomUUID(), episode, episode, null);
        new Journals(state).save(journal);
        Process orphan = MediaProcesses.anEndlessEncodeInto(journal.temp());
        Path log = ROOT.resolve("orphan.log");
        try (WorkerProcess worker = WorkerProcess.start(state, log)) {
            assertThat(orphan.waitFor(240, TimeUnit.SECONDS))
                    .as("the orphan ffmpeg was stopped")
                    .isTrue();
            await("start-up recovery to be over", () -> contains(log, "taking jobs from"));

            assertThat(Files.readString(log))
                    .contains("interrupted job " + journal.jobId() + ": stopped process " + orphan.pid())
                    .contains(journal.temp().toString());
            assertThat(Files.readAllBytes(episode)).isEqualTo(original);
            assertThat(listing(episode.getParent())).containsExactly(episode);
            assertThat(listing(state)).isEmpty();
        } finally {
            orphan.destroyForcibly();
        }
    }

    @Test
    void a_worker_killed_mid_swap_keeps_the_original_in_place_and_the_restart_completes_the_swap_once()
            throws Exception {
        Path folder = folder("kill-swap");
        Path episode = Clips.anH264Episode(folder.resolve("episode.mkv"));
        byte[] original = Files.readAllBytes(episode);
        Path state = Files.createDirectories(ROOT.resolve("kill-swap-state"));
        RunTranscode job;
        try (WorkerProcess worker =
                WorkerProcess.start(state, ROOT.resolve("kill-swap.log"), "--arrflow.worker.swap.pause=60s")) {
            job = queue(episode, Plan.TRANSCODE, "any");
            Path aside = SwapPaths.aside(episode, job.jobId());
            await("the swap to be under way", () -> Files.exists(aside));
            worker.kill();
        }
        assertThat(Files.readAllBytes(episode)).isEqualTo(original);

        try (WorkerProcess worker = WorkerProcess.start(state, ROOT.resolve("kill-swap-2.log"))) {
            JobStatus status = awaitFinished(job.jobId());
            assertThat(status.state()).isEqualTo(JobState.REPLACED);
            await("the job's journal to be cleared", () -> isEmpty(state));
            sleep(2000);
            assertThat(ready(Topology.TRANSCODE_JOBS)).isZero();
        }
        assertCompletedOnce(job, episode, folder, state);
    }

    @Test
    void sigterm_stops_a_running_encode_after_the_grace_period_and_requeues_the_job() throws Exception {
        Path folder = folder("sigterm");
        Path episode = Clips.aLongerH264Episode(folder.resolve("episode.mkv"), 8);
        byte[] original = Files.readAllBytes(episode);
        Path state = Files.createDirectories(ROOT.resolve("sigterm-state"));
        try (WorkerProcess worker = WorkerProcess.start(
                state, ROOT.resolve("sigterm.log"), SLOW_ENCODE, "--arrflow.worker.grace-period=2s")) {
            RunTranscode job = queue(episode, Plan.TRANSCODE, "any");
            await("the encode to be under way", () -> percent(job) > 0);

            assertThat(worker.terminate(60)).as("worker exited after SIGTERM").isTrue();

            assertThat(Files.readAllBytes(episode)).isEqualTo(original);
            assertThat(listing(folder)).containsExactly(episode);
            assertThat(listing(state)).isEmpty();
            assertThat(ready(Topology.TRANSCODE_JOBS)).isEqualTo(1);
            assertThat(registry.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.RUNNING);
        }
        rabbit.receive(Topology.TRANSCODE_JOBS, 2000);
    }

    private void assertCompletedOnce(RunTranscode job, Path episode, Path folder, Path state) throws Exception {
        assertThat(probe.probe(episode).mainVideo().orElseThrow().codec()).isEqualTo("hevc");
        assertThat(listing(folder)).containsExactly(episode);
        assertThat(listing(state)).isEmpty();
        assertThat(eventsOf(events(), TranscodeCompleted.class))
                .singleElement()
                .satisfies(done -> assertThat(done.jobId()).isEqualTo(job.jobId()));
    }

    private double percent(RunTranscode job) {
        return registry.status(job.jobId()).map(JobStatus::percent).orElse(0.0);
    }

    private static void await(String what, BooleanSupplier condition) {
        await(Duration.ofSeconds(240), what, condition);
    }

    private static void await(Duration limit, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep(50);
        }
    }

    private static boolean contains(Path log, String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path folder) {
        return listing(folder).isEmpty();
    }
}
