package io.arrflow.worker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.testing.TestMedia;
import io.arrflow.worker.WorkerTestSupport;
import io.arrflow.worker.swap.SwapPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * arrflow against Tdarr's basic HEVC flow on the same mixed corpus, same machine, same run. Prints
 * wall time, SSIM against the source and output size, for the whole corpus and for the files both
 * encode. Run with {@code ./mvnw -Pbench -f services/transcode-worker/pom.xml verify -Dtest=TranscodeBenchmarkIT}.
 */
@Tag("bench")
class TranscodeBenchmarkIT extends WorkerTestSupport {

    record Run(double seconds, Map<Path, Path> outputs) {}

    private final List<JobState> outcomes = new ArrayList<>();

    @Test
    void arrflow_against_the_tdarr_baseline_on_a_mixed_corpus() throws Exception {
        Path bench = ROOT.resolve("bench");
        List<Corpus.Item> corpus = Corpus.generate(bench.resolve("corpus"));
        List<Corpus.Item> shared =
                corpus.stream().filter(Corpus.Item::encodedByBoth).toList();
        List<Corpus.Item> others =
                corpus.stream().filter(i -> !i.encodedByBoth()).toList();

        Run baselineShared = baseline(shared, bench.resolve("baseline"));
        Run baselineOthers = baseline(others, bench.resolve("baseline"));
        Run arrflowShared = arrflow(shared, bench.resolve("arrflow"));
        Run arrflowOthers = arrflow(others, bench.resolve("arrflow"));

        Figures all = Figures.of(corpus, merge(baselineShared, baselineOthers), merge(arrflowShared, arrflowOthers));
        Figures both = Figures.of(shared, baselineShared, arrflowShared);
        System.out.println(report(corpus, all, both));

        assertThat(outcomes).containsOnly(JobState.REPLACED, JobState.NOT_BENEFICIAL);
        assertThat(all.arrflowBytes()).isPositive();
        assertThat(both.arrflowSsim()).isGreaterThanOrEqualTo(both.baselineSsim() - 0.002);
    }

    private Run baseline(List<Corpus.Item> items, Path folder) throws Exception {
        Files.createDirectories(folder);
        Map<Path, Path> outputs = new TreeMap<>();
        long started = System.nanoTime();
        for (Corpus.Item item : items) {
            Path out = folder.resolve(item.file().getFileName() + ".mkv");
            TestMedia.run(List.of(
                    "ffmpeg",
                    "-hide_banner",
                    "-loglevel",
                    "error",
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
                    "-c:a",
                    "copy",
                    "-c:s",
                    "copy",
                    out.toString()));
            outputs.put(item.file(), out);
        }
        return new Run((System.nanoTime() - started) / 1e9, outputs);
    }

    private Run arrflow(List<Corpus.Item> items, Path folder) throws Exception {
        Files.createDirectories(folder);
        Map<Path, Path> copies = new TreeMap<>();
        for (Corpus.Item item : items) {
            copies.put(
                    item.file(),
                    Files.copy(
                            item.file(),
                            folder.resolve(item.file().getFileName()),
                            StandardCopyOption.REPLACE_EXISTING));
        }
        long started = System.nanoTime();
        List<RunTranscode> jobs = new ArrayList<>();
        copies.values().forEach(copy -> jobs.add(queue(copy, Plan.TRANSCODE, "any")));
        for (RunTranscode job : jobs) {
            outcomes.add(awaitFinished(job.jobId()).state());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<Path, Path> outputs = new TreeMap<>();
        copies.forEach((source, copy) -> outputs.put(source, inPlace(copy)));
        return new Run(seconds, outputs);
    }

    private static Path inPlace(Path copy) {
        Path mkv = SwapPaths.target(copy, "mkv");
        return Files.exists(mkv) ? mkv : copy;
    }

    private static Run merge(Run a, Run b) {
        Map<Path, Path> outputs = new TreeMap<>(a.outputs());
        outputs.putAll(b.outputs());
        return new Run(a.seconds() + b.seconds(), outputs);
    }

    private static String report(List<Corpus.Item> corpus, Figures all, Figures both) {
        StringBuilder out =
                new StringBuilder("\n=== transcode-worker benchmark: arrflow vs Tdarr basic HEVC flow ===\n");
        out.append("corpus: ").append(corpus.size()).append(" files: ");
        corpus.forEach(i -> out.append(i.file().getFileName()).append(i.encodedByBoth() ? "* " : " "));
        out.append("(* = encoded by both)\n");
        out.append(all.table("whole corpus"));
        out.append(both.table("files both encode"));
        out.append(String.format(
                "goals (whole corpus): time ratio %.2f <= 0.60: %s; SSIM %.4f >= %.4f: %s; size %d <= %d: %s%n",
                all.ratio(),
                all.ratio() <= 0.60 ? "met" : "MISSED",
                all.arrflowSsim(),
                all.baselineSsim() - 0.002,
                all.arrflowSsim() >= all.baselineSsim() - 0.002 ? "met" : "MISSED",
                all.arrflowBytes(),
                all.baselineBytes(),
                all.arrflowBytes() <= all.baselineBytes() ? "met" : "MISSED"));
        return out.toString();
    }
}
