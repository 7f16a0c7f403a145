package io.arrflow.worker.quality.adapter;

import io.arrflow.transcode.process.Commands;
import io.arrflow.worker.quality.QualityMetric;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.SsimScale;
import io.arrflow.worker.quality.VideoClip;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * SSIM with any ffmpeg ({@code ssim} filter), each frame's score put on VMAF's scale by {@link SsimScale}, so
 * that a target such as "mean 95, 5th percentile 90" means about the same with either metric.
 */
public final class FfmpegSsim implements QualityMetric {

    private final Comparison comparison;
    private final SsimScale scale;

    public FfmpegSsim(Commands commands, String ffmpeg, SsimScale scale, Duration timeout) {
        this.comparison = new Comparison(commands, ffmpeg, timeout);
        this.scale = scale;
    }

    @Override
    public String name() {
        return "ssim";
    }

    @Override
    public QualityScores score(VideoClip distorted, VideoClip reference, int subsample) {
        double[] onVmafScale = Arrays.stream(ssimPerFrame(distorted, reference, subsample))
                .map(scale::toVmaf)
                .toArray();
        return QualityScores.of(name(), onVmafScale);
    }

    /** SSIM itself (0–1) per scored frame, before mapping: what the mapping was derived from. */
    public double[] ssimPerFrame(VideoClip distorted, VideoClip reference, int subsample) {
        FilterGraph.checkSubsample(subsample);
        return comparison.perFrame(
                name(),
                distorted,
                reference,
                log -> graph(distorted, reference, subsample, log),
                log -> SsimStats.read(log, SsimScale.COMPONENT));
    }

    String graph(VideoClip distorted, VideoClip reference, int subsample, Path log) {
        String everyNth = subsample == 1 ? "" : "select=" + FilterGraph.value("not(mod(n," + subsample + "))");
        return FilterGraph.alignedInputs(distorted, reference, everyNth)
                + ";" + FilterGraph.DISTORTED + FilterGraph.REFERENCE
                + "ssim=stats_file=" + FilterGraph.value(log.toString());
    }
}
