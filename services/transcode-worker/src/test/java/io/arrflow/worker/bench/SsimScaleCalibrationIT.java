package io.arrflow.worker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.process.ProcessCommands;
import io.arrflow.transcode.testing.TestMedia;
import io.arrflow.worker.quality.QualityClips;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.SsimScale;
import io.arrflow.worker.quality.VideoClip;
import io.arrflow.worker.quality.adapter.FfmpegSsim;
import io.arrflow.worker.quality.adapter.FfmpegVmaf;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures what {@link SsimScale} is fitted to: varied sources encoded with x265 (the hevc profile's
 * {@code fast} preset) at several CRFs, each encode scored with VMAF (the static ffmpeg bin/setup installs)
 * and with SSIM. Prints the table and the least-squares line of the VMAF mean over the mean SSIM in
 * decibels, in the points that matter for a target (VMAF 60 and up); docs/decisions.md holds a run. Run with
 * {@code ./mvnw -Pbench -f services/transcode-worker/pom.xml verify -Dtest=SsimScaleCalibrationIT}.
 */
@Tag("bench")
class SsimScaleCalibrationIT {

    private static final int[] CRFS = {18, 22, 26, 30, 34, 40, 46};
    private static final double FITTED_FROM = 60;

    record Row(String clip, int crf, QualityScores vmaf, double decibels, QualityScores mapped) {}

    private final ProcessCommands commands = new ProcessCommands();
    private final FfmpegVmaf vmaf =
            new FfmpegVmaf(commands, QualityClips.VMAF_FFMPEG, QualityClips.VMAF_MODEL, Duration.ofMinutes(30));
    private final FfmpegSsim ssim = new FfmpegSsim(commands, "ffmpeg", SsimScale.MEASURED, Duration.ofMinutes(30));

    @Test
    void ssim_against_vmaf_on_varied_content(@TempDir Path dir) throws Exception {
        QualityClips.requireTheVmafInstallation();
        List<Row> rows = new ArrayList<>();
        for (CalibrationClips.Clip clip : CalibrationClips.all()) {
            Path source = clip.make(dir);
            for (int crf : CRFS) {
                rows.add(measure(clip.name(), source, crf, dir));
            }
        }
        List<LineFit.Point> points = rows.stream()
                .filter(r -> r.vmaf().mean() >= FITTED_FROM)
                .map(r -> new LineFit.Point(r.decibels(), r.vmaf().mean()))
                .toList();
        LineFit fit = LineFit.of(points);
        System.out.println(table(rows) + "\n" + describe(fit, points.size()));
        assertThat(fit.slope()).isPositive();
    }

    private Row measure(String clip, Path source, int crf, Path dir) throws Exception {
        Path encode = dir.resolve(clip + "-crf" + crf + ".mkv");
        TestMedia.run(List.of(
                "ffmpeg",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-i",
                source.toString(),
                "-c:v",
                "libx265",
                "-preset",
                "fast",
                "-crf",
                String.valueOf(crf),
                "-x265-params",
                "log-level=error",
                encode.toString()));
        VideoClip distorted = new VideoClip(encode, 0);
        VideoClip reference = new VideoClip(source, 0);
        double[] perFrame = ssim.ssimPerFrame(distorted, reference, 1);
        double decibels =
                Arrays.stream(perFrame).map(SsimScale::decibels).average().orElseThrow();
        QualityScores mapped = QualityScores.of(
                "ssim", Arrays.stream(perFrame).map(SsimScale.MEASURED::toVmaf).toArray());
        return new Row(clip, crf, vmaf.score(distorted, reference, 1), decibels, mapped);
    }

    private static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder(
                "| Clip | CRF | VMAF mean | VMAF p5 | SSIM dB (mean) | SSIM→VMAF mean | SSIM→VMAF p5 |\n"
                        + "|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.2f | %.1f | %.1f |%n",
                    r.clip(),
                    r.crf(),
                    r.vmaf().mean(),
                    r.vmaf().p5(),
                    r.decibels(),
                    r.mapped().mean(),
                    r.mapped().p5()));
        }
        return out.toString();
    }

    private static String describe(LineFit fit, int points) {
        return String.format(
                Locale.ROOT,
                "fit over %d encodes with VMAF >= %.0f: VMAF = %.2f + %.3f * dB (rmse %.2f, worst %.2f)",
                points,
                FITTED_FROM,
                fit.intercept(),
                fit.slope(),
                fit.rmse(),
                fit.worst());
    }
}
