package io.arrflow.worker.bench;

import io.arrflow.model.QualityReport.Scores;
import io.arrflow.transcode.process.Commands;
import io.arrflow.transcode.process.ProcessCommands;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.VideoClip;
import io.arrflow.worker.quality.adapter.FfmpegVmaf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The benchmark's own tools: a command runner without a short time limit, and VMAF over every frame. */
final class Bench {

    static final Path VMAF_FFMPEG = Path.of("/opt/arrflow/ffmpeg-vmaf/ffmpeg");
    static final Path VMAF_MODEL = Path.of("/opt/arrflow/ffmpeg-vmaf/vmaf_v0.6.1.pkl");

    private static final FfmpegVmaf VMAF = vmaf();

    private Bench() {}

    private static FfmpegVmaf vmaf() {
        Commands commands = new ProcessCommands();
        return new FfmpegVmaf(commands, VMAF_FFMPEG, VMAF_MODEL, Duration.ofHours(1));
    }

    /** VMAF of an output's first video stream against its source's, every frame scored. */
    static Scores vmafOfWholeFile(Path output, Path source) {
        QualityScores scores = VMAF.score(new VideoClip(output, 0), new VideoClip(source, 0), 1);
        return new Scores(scores.mean(), scores.p5(), scores.min(), scores.frames());
    }

    static void run(List<String> command) throws IOException {
        Path log = Files.createTempFile("bench-", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                throw new IOException("exit " + process.exitValue() + ": " + String.join(" ", command) + "\n"
                        + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
