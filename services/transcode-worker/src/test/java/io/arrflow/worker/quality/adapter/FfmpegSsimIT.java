package io.arrflow.worker.quality.adapter;

import static io.arrflow.worker.quality.QualityClips.FRAMES;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.process.ProcessCommands;
import io.arrflow.worker.quality.QualityClips;
import io.arrflow.worker.quality.QualityMetric;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.SsimScale;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** SSIM with the system's ffmpeg, put on VMAF's scale. */
class FfmpegSsimIT extends QualityMetricContract {

    private final FfmpegSsim ssim =
            new FfmpegSsim(new ProcessCommands(), "ffmpeg", SsimScale.MEASURED, Duration.ofMinutes(2));

    @Override
    QualityMetric metric() {
        return ssim;
    }

    @Test
    void identical_frames_score_exactly_100() {
        assertThat(ssim.score(clip(source), clip(source), 1))
                .isEqualTo(new QualityScores("ssim", 100, 100, 100, FRAMES));
    }

    @Test
    void raw_ssim_is_below_1_per_frame_and_falls_with_compression() throws Exception {
        Path light = QualityClips.anEncodeOf(source, dir.resolve("crf20.mkv"), 20);
        Path heavy = QualityClips.anEncodeOf(source, dir.resolve("crf40.mkv"), 40);

        double[] lightFrames = ssim.ssimPerFrame(clip(light), clip(source), 1);
        double[] heavyFrames = ssim.ssimPerFrame(clip(heavy), clip(source), 1);

        assertThat(heavyFrames).hasSize(FRAMES);
        for (int i = 0; i < FRAMES; i++) {
            assertThat(heavyFrames[i]).as("frame %d", i).isBetween(0.3, 0.9999).isLessThan(lightFrames[i]);
        }
    }
}
