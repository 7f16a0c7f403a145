package io.arrflow.worker.quality.adapter;

import io.arrflow.transcode.process.Commands;
import io.arrflow.worker.quality.QualityMetric;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.VideoClip;
import java.nio.file.Path;
import java.time.Duration;

/**
 * VMAF with an ffmpeg built with libvmaf 1.x (such as the static ffmpeg 4.1 bin/setup installs), which reads
 * its model from a file: {@code vmaf_v0.6.1.pkl} with {@code vmaf_v0.6.1.pkl.model} beside it.
 */
public final class FfmpegVmaf implements QualityMetric {

    private final Comparison comparison;
    private final Path model;

    public FfmpegVmaf(Commands commands, Path ffmpeg, Path model, Duration timeout) {
        this.comparison = new Comparison(commands, ffmpeg.toString(), timeout);
        this.model = model;
    }

    @Override
    public String name() {
        return "vmaf";
    }

    @Override
    public QualityScores score(VideoClip distorted, VideoClip reference, int subsample) {
        FilterGraph.checkSubsample(subsample);
        double[] perFrame = comparison.perFrame(
                name(), distorted, reference, log -> graph(distorted, reference, subsample, log), VmafLog::read);
        return QualityScores.of(name(), perFrame);
    }

    String graph(VideoClip distorted, VideoClip reference, int subsample, Path log) {
        return FilterGraph.alignedInputs(distorted, reference, "")
                + ";" + FilterGraph.DISTORTED + FilterGraph.REFERENCE
                + "libvmaf=model_path=" + FilterGraph.value(model.toString())
                + ":log_fmt=json:log_path=" + FilterGraph.value(log.toString())
                + ":n_subsample=" + subsample;
    }
}
