package io.arrflow.worker.quality.adapter;

import io.arrflow.transcode.process.ProcessCommands;
import io.arrflow.worker.quality.QualityClips;
import io.arrflow.worker.quality.QualityMetric;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;

/**
 * VMAF with the static ffmpeg 4.1 (libvmaf 1.x) that bin/setup installs and the model the repository
 * carries; fails, saying so, where bin/setup has not run.
 */
class FfmpegVmafIT extends QualityMetricContract {

    private final FfmpegVmaf vmaf = new FfmpegVmaf(
            new ProcessCommands(), QualityClips.VMAF_FFMPEG, QualityClips.VMAF_MODEL, Duration.ofMinutes(2));

    @BeforeAll
    static void theInstallation() {
        QualityClips.requireTheVmafInstallation();
    }

    @Override
    QualityMetric metric() {
        return vmaf;
    }
}
