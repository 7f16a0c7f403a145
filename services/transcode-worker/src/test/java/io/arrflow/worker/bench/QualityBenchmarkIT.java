package io.arrflow.worker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.QualityReport;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.worker.WorkerTestSupport;
import io.arrflow.worker.swap.SwapPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * arrflow's quality-targeted encodes against Tdarr's basic HEVC flow (libx265 {@code -preset fast -crf 25}) on a
 * corpus of natural content, same machine, same run. Every new encode is scored by the benchmark itself with VMAF
 * over every frame. Prints one table per arrflow profile; asserts only that no output under the target was
 * swapped in. Run with {@code ./mvnw -Pbench -pl services/transcode-worker -am verify
 * -Dtest=QualityBenchmarkIT -Dsurefire.failIfNoSpecifiedTests=false} (bin/setup installs the VMAF ffmpeg and
 * the photographs); {@code -Dbench.seconds} sets the clips' length (default 20), {@code -Dbench.profiles} the
 * profiles (default hevc,av1), {@code -Dbench.target} the VMAF target as mean/p5 (default 95/90, the worker's).
 */
@Tag("bench")
class QualityBenchmarkIT extends WorkerTestSupport {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final List<String> PROFILES =
            List.of(System.getProperty("bench.profiles", "hevc,av1").split(","));
    private static final QualityReport.Target TARGET = target(System.getProperty("bench.target", "95/90"));

    @DynamicPropertySource
    static void vmaf(DynamicPropertyRegistry registry) {
        registry.add("arrflow.worker.quality.metric", () -> "vmaf");
        registry.add("arrflow.worker.quality.target-mean", TARGET::mean);
        registry.add("arrflow.worker.quality.target-p5", TARGET::p5);
    }

    @Test
    void quality_targeted_profiles_against_the_tdarr_baseline() throws Exception {
        Path bench = ROOT.resolve("bench");
        List<NaturalCorpus.Item> corpus = new NaturalCorpus(bench.resolve("corpus"), SECONDS).generate();
        Map<String, Outcome> baseline = scored(baseline(corpus, bench.resolve("baseline")));
        StringBuilder report = new StringBuilder();
        for (String profile : PROFILES) {
            Map<String, Outcome> arrflow = scored(arrflow(profile, corpus, bench.resolve(profile)));
            BenchTable table = new BenchTable(TARGET, corpus, baseline, arrflow);
            report.append(table.render(profile));
            assertThat(table.swappedUnderTarget())
                    .as("outputs under the target that were swapped in")
                    .isEmpty();
        }
        System.out.println(report);
    }

    private Map<String, Outcome> baseline(List<NaturalCorpus.Item> corpus, Path folder) throws Exception {
        Files.createDirectories(folder);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (NaturalCorpus.Item item : corpus) {
            Path out = folder.resolve(item.name() + ".mkv");
            long started = System.nanoTime();
            Bench.run(List.of(
                    "ffmpeg",
                    "-hide_banner",
                    "-loglevel",
                    "error",
                    "-nostdin",
                    "-y",
                    "-i",
                    item.file().toString(),
                    "-map",
                    "0",
                    "-c:v",
                    "libx265",
                    "-preset",
                    "fast",
                    "-crf",
                    "25",
                    "-x265-params",
                    "log-level=error",
                    "-c:a",
                    "copy",
                    "-c:s",
                    "copy",
                    out.toString()));
            double seconds = seconds(started);
            outcomes.put(
                    item.name(), new Outcome("encoded", "", Bench.size(out), seconds, null, out, item.file(), null));
        }
        return outcomes;
    }

    private Map<String, Outcome> arrflow(String profile, List<NaturalCorpus.Item> corpus, Path folder)
            throws Exception {
        Files.createDirectories(folder);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (NaturalCorpus.Item item : corpus) {
            Path copy = Files.copy(item.file(), folder.resolve(item.name()), StandardCopyOption.REPLACE_EXISTING);
            RunTranscode job = job(copy, Plan.TRANSCODE, "any", "mkv", profile);
            long started = System.nanoTime();
            registry.queued(job);
            publish(job);
            JobStatus status = awaitEnd(job.jobId());
            double seconds = seconds(started);
            outcomes.put(item.name(), outcome(status, copy, item.file(), seconds));
        }
        return outcomes;
    }

    private static Outcome outcome(JobStatus status, Path copy, Path source, double seconds) {
        Path mkv = SwapPaths.target(copy, "mkv");
        Path kept = Files.exists(mkv) ? mkv : copy;
        boolean reEncoded = status.state() == JobState.REPLACED
                && status.quality() != null
                && status.quality().crf() != null;
        return new Outcome(
                status.state().name(),
                status.reason() == null ? "" : status.reason(),
                Bench.size(kept),
                seconds,
                status.quality(),
                reEncoded ? kept : null,
                source,
                null);
    }

    /** Scores every new encode, two at a time: libvmaf 1.x keeps one core busy, whatever n_threads says. */
    private static Map<String, Outcome> scored(Map<String, Outcome> outcomes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<Outcome>> pending = new LinkedHashMap<>();
            outcomes.forEach((name, outcome) -> pending.put(name, pool.submit(outcome::scored)));
            Map<String, Outcome> scored = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Outcome>> e : pending.entrySet()) {
                scored.put(e.getKey(), e.getValue().get());
            }
            return scored;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Like awaitFinished, with room for a full-HD encode, its search and its gate on a slow machine. */
    private JobStatus awaitEnd(UUID jobId) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (Instant.now().isBefore(deadline)) {
            JobStatus status = registry.status(jobId).orElse(null);
            if (status != null && status.state().isFinished()) {
                return status;
            }
            sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not finish: " + registry.status(jobId));
    }

    private static QualityReport.Target target(String meanSlashP5) {
        String[] parts = meanSlashP5.split("/");
        return new QualityReport.Target(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
