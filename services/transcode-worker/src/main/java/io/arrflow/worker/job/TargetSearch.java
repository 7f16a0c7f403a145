package io.arrflow.worker.job;

import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamBytes;
import io.arrflow.transcode.process.Awaited;
import io.arrflow.transcode.process.CommandResult;
import io.arrflow.transcode.process.Commands;
import io.arrflow.worker.encode.EncodeSpec;
import io.arrflow.worker.encode.FfmpegCommand;
import io.arrflow.worker.encode.Rung;
import io.arrflow.worker.quality.CrfProbe;
import io.arrflow.worker.quality.CrfSearch;
import io.arrflow.worker.quality.QualityMetric;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.QualityTarget;
import io.arrflow.worker.quality.SampleWindows;
import io.arrflow.worker.quality.SampleWindows.Window;
import io.arrflow.worker.quality.SearchResult;
import io.arrflow.worker.quality.SizeModel;
import io.arrflow.worker.quality.VideoClip;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The target-quality search of one job on one encoder: lossless cuts of a few windows of the source, each
 * encoded at the CRFs {@link CrfSearch} asks for and scored against its cut, and from the bytes of the
 * encoded samples the output's predicted size. The cuts live in a folder of their own, removed afterwards.
 */
final class TargetSearch {

    private static final Duration SAMPLE_TIMEOUT = Duration.ofHours(1);

    private final Commands commands;
    private final StreamBytes probe;
    private final QualityMetric metric;
    private final SampleWindows windows;
    private final int maxProbes;
    private final int frameStep;
    private final Path scratch;

    TargetSearch(
            Commands commands,
            StreamBytes probe,
            QualityMetric metric,
            SampleWindows windows,
            int maxProbes,
            int frameStep,
            Path scratch) {
        this.commands = commands;
        this.probe = probe;
        this.metric = metric;
        this.windows = windows;
        this.maxProbes = maxProbes;
        this.frameStep = frameStep;
        this.scratch = scratch;
    }

    String metricName() {
        return metric.name();
    }

    /** Searches the CRF for {@code spec}'s encoder; a sample encode that fails is a {@link SampleFailed}. */
    SampleSearch search(EncodeSpec spec, QualityTarget target) {
        long started = System.nanoTime();
        Path folder = folder();
        try {
            Samples samples = cut(spec, folder);
            CrfSearch search = new CrfSearch(target, spec.profile().range(), maxProbes);
            SearchResult result = search.search(spec.profile().quality(), crf -> encodeAt(crf, spec, samples));
            double seconds = (System.nanoTime() - started) / 1e9;
            return new SampleSearch(result, target, samples.sizeModel(spec.media()), metric.name(), seconds);
        } finally {
            delete(folder);
        }
    }

    private Samples cut(EncodeSpec spec, Path folder) {
        MediaInfo media = spec.media();
        int video = media.mainVideo().orElseThrow().index();
        List<Path> cuts = new ArrayList<>();
        long sourceBytes = 0;
        double seconds = 0;
        for (Window window : windows.over(media.durationSeconds())) {
            Path cut = folder.resolve("cut-" + cuts.size() + ".mkv");
            run(FfmpegCommand.losslessCut(spec.source(), video, window.start(), window.seconds(), cut), "cut");
            cuts.add(cut);
            sourceBytes += probe.streamBytes(spec.source(), video, window.start(), window.seconds());
            seconds += window.seconds();
        }
        long wholeVideo = probe.streamBytes(spec.source(), video, 0, Integer.MAX_VALUE);
        return new Samples(folder, cuts, sourceBytes, wholeVideo, seconds);
    }

    /**
     * Encodes and scores every window at {@code crf}, as many at a time as the machine has processors: the
     * metric keeps one core busy, so windows one after the other left the other core idle for most of a search.
     */
    private CrfProbe encodeAt(int crf, EncodeSpec spec, Samples samples) {
        int parallel = Math.max(1, Math.min(samples.cuts().size(), spec.processors()));
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            List<Future<Sample>> pending = new ArrayList<>();
            for (int i = 0; i < samples.cuts().size(); i++) {
                Path cut = samples.cuts().get(i);
                Path encoded = samples.folder().resolve("sample-" + i + "-crf" + crf + ".mkv");
                pending.add(pool.submit(() -> sample(crf, spec, cut, encoded)));
            }
            List<Sample> done = pending.stream()
                    .map(sample -> Awaited.result(sample, "sample encodes"))
                    .toList();
            long bytes = done.stream().mapToLong(Sample::bytes).sum();
            List<QualityScores> scores = done.stream().map(Sample::scores).toList();
            return new CrfProbe(crf, QualityScores.combine(scores), bytes, samples.seconds());
        }
    }

    private Sample sample(int crf, EncodeSpec spec, Path cut, Path encoded) {
        run(FfmpegCommand.sample(sampleSpec(spec, cut, encoded, crf)), "encode at CRF " + crf);
        QualityScores scores = metric.score(new VideoClip(encoded, 0), new VideoClip(cut, 0), frameStep);
        long bytes = probe.streamBytes(encoded, 0, 0, Integer.MAX_VALUE);
        delete(encoded);
        return new Sample(scores, bytes);
    }

    private record Sample(QualityScores scores, long bytes) {}

    /** A hardware rung decodes the lossless cut in software: no hardware decoder reads FFV1. */
    private static EncodeSpec sampleSpec(EncodeSpec spec, Path cut, Path encoded, int crf) {
        return new EncodeSpec(
                cut,
                encoded,
                "mkv",
                spec.media(),
                spec.streams(),
                spec.profile().withQuality(crf),
                new Rung(spec.rung().family(), false),
                spec.renderNode(),
                spec.processors());
    }

    private void run(List<String> command, String what) {
        CommandResult result = commands.run(command, SAMPLE_TIMEOUT);
        if (!result.succeeded()) {
            throw new SampleFailed("sample " + what + " failed: " + result.reason());
        }
    }

    private Path folder() {
        try {
            Files.createDirectories(scratch);
            return Files.createTempDirectory(scratch, "arrflow-samples-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for quality samples in " + scratch, e);
        }
    }

    private static void delete(Path path) {
        try (Stream<Path> tree = Files.exists(path) ? Files.walk(path) : Stream.empty()) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path, e);
        }
    }

    /** The lossless cuts of one search, what their stretch of the source's video costs, and all of it. */
    private record Samples(
            Path folder, List<Path> cuts, long sampleSourceBytes, long sourceVideoBytes, double seconds) {

        SizeModel sizeModel(MediaInfo media) {
            return new SizeModel(media.sizeBytes(), sourceVideoBytes, sampleSourceBytes);
        }
    }

    /** A sample could not be encoded (a hardware encoder failing, say): the rung fails, the ladder goes on. */
    static final class SampleFailed extends RuntimeException {
        SampleFailed(String message) {
            super(message);
        }
    }
}
