package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeCompleted;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.transcode.probe.ffprobe.FfprobeMediaProbe;
import io.arrflow.worker.Clips;
import io.arrflow.worker.MediaProcesses;
import io.arrflow.worker.WorkerProcess;
import io.arrflow.worker.WorkerTestSupport;
import io.arrflow.worker.swap.SwapPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * kill -9 of a worker process mid-encode, over and over, each time at a later point of the encode, then a
 * restart: counts the ffmpeg/ffprobe processes of the dead worker still running 10 s after the kill, the
 * originals not intact after it, and the jobs not completed exactly once. Prints the figures and fails unless
 * they are all zero. About a minute a trial, so it runs with the benchmarks only:
 * {@code ./mvnw -Pbench -pl services/transcode-worker verify -Dtest=KillTrialsIT [-Dtrials=20]}.
 */
@Tag("bench")
@TestPropertySource(properties = "arrflow.worker.concurrency=0")
class KillTrialsIT extends WorkerTestSupport {

    private static final Duration DEATH_LIMIT = Duration.ofSeconds(10);

    private final FfprobeMediaProbe probe = new FfprobeMediaProbe();

    @Test
    void kill_9_mid_encode_leaves_no_ffmpeg_running_loses_no_original_and_completes_each_job_once() throws Exception {
        int trials = Integer.getInteger("trials", 20);
        List<String> childrenLeft = new ArrayList<>();
        List<String> originalsLost = new ArrayList<>();
        List<String> notOnce = new ArrayList<>();
        for (int trial = 1; trial <= trials; trial++) {
            double killAt = (trial - 1) % 5 * 15.0;
            Trial result = run(trial, killAt);
            System.out.printf(
                    "trial %2d: killed at %4.1f %% with %d media child(ren); left running: %d; original intact: %s;"
                            + " completions: %d; %s%n",
                    trial,
                    result.killedAtPercent,
                    result.children,
                    result.left.size(),
                    result.originalIntact,
                    result.completions,
                    result.finalState);
            result.left.forEach(p -> childrenLeft.add("trial " + result.number + ": " + p));
            if (!result.originalIntact || result.finalState != JobState.REPLACED) {
                originalsLost.add("trial " + result.number + ": " + result.finalState);
            }
            if (result.completions != 1 || !result.onlyTheOutputLeft) {
                notOnce.add("trial " + result.number + ": " + result.completions + " completions");
            }
        }
        System.out.printf(
                "kill -9 trials: %d; media processes left running: %d; originals lost: %d; jobs not completed"
                        + " exactly once: %d%n",
                trials, childrenLeft.size(), originalsLost.size(), notOnce.size());
        assertThat(childrenLeft).isEmpty();
        assertThat(originalsLost).isEmpty();
        assertThat(notOnce).isEmpty();
    }

    private Trial run(int number, double killAt) throws Exception {
        String name = String.format("trial-%02d", number);
        Path folder = folder(name);
        Path episode = Clips.aLongerH264Episode(folder.resolve("episode.mkv"), 20);
        byte[] original = Files.readAllBytes(episode);
        Path state = Files.createDirectories(ROOT.resolve(name + "-state"));
        Trial trial = new Trial(number);
        RunTranscode job;
        List<ProcessHandle> children;
        try (WorkerProcess worker = WorkerProcess.start(
                state, ROOT.resolve(name + ".log"), "--arrflow.worker.profiles.hevc.preset=slower")) {
            job = queue(episode, Plan.TRANSCODE, "any");
            Path temp = SwapPaths.temp(episode, job.jobId());
            await(Duration.ofSeconds(240), () -> Files.exists(temp) && percent(job) > killAt);
            trial.killedAtPercent = percent(job);
            children = worker.mediaChildren();
            worker.kill();
        }
        trial.children = children.size();
        await(
                DEATH_LIMIT,
                () -> children.stream().noneMatch(MediaProcesses::isRunning)
                        && MediaProcesses.namingFile(folder).isEmpty());
        List<ProcessHandle> left = new ArrayList<>(
                children.stream().filter(MediaProcesses::isRunning).toList());
        MediaProcesses.namingFile(folder).stream()
                .filter(p -> !left.contains(p))
                .forEach(left::add);
        trial.left = left.stream().map(MediaProcesses::describe).toList();
        trial.originalIntact = Arrays.equals(Files.readAllBytes(episode), original);

        try (WorkerProcess restarted = WorkerProcess.start(state, ROOT.resolve(name + "-2.log"))) {
            JobStatus status = awaitFinished(job.jobId());
            trial.finalState = status.state();
            await(Duration.ofSeconds(60), () -> listing(state).isEmpty());
        } finally {
            left.forEach(ProcessHandle::destroyForcibly);
        }
        trial.completions = eventsOf(events(), TranscodeCompleted.class).stream()
                .filter(done -> done.jobId().equals(job.jobId()))
                .count();
        trial.onlyTheOutputLeft = listing(folder).equals(List.of(episode))
                && probe.probe(episode).mainVideo().orElseThrow().codec().equals("hevc");
        return trial;
    }

    private double percent(RunTranscode job) {
        return registry.status(job.jobId()).map(JobStatus::percent).orElse(0.0);
    }

    /** Polls for the condition until the limit; false when it did not come true. */
    private static boolean await(Duration limit, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            sleep(50);
        }
        return true;
    }

    private static final class Trial {
        final int number;
        double killedAtPercent;
        int children;
        List<String> left = List.of();
        boolean originalIntact;
        JobState finalState;
        long completions;
        boolean onlyTheOutputLeft;

        Trial(int number) {
            this.number = number;
        }
    }
}
