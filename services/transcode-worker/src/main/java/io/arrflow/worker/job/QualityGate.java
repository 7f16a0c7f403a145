package io.arrflow.worker.job;

import io.arrflow.worker.encode.EncodeSpec;
import io.arrflow.worker.quality.QualityMetric;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.VideoClip;
import java.time.Duration;

/**
 * Scores a full output against its source before it may replace it: every {@code frameStep}-th frame over the
 * whole file up to {@code wholeFileUpTo}; a longer file proportionally fewer frames, so a gate never costs more
 * than that much video's worth of scoring.
 */
final class QualityGate {

    private final QualityMetric metric;
    private final Duration wholeFileUpTo;
    private final int frameStep;

    QualityGate(QualityMetric metric, Duration wholeFileUpTo, int frameStep) {
        if (frameStep < 1) {
            throw new IllegalArgumentException("the gate's frame step is 1 (every frame) or more: " + frameStep);
        }
        this.metric = metric;
        this.wholeFileUpTo = wholeFileUpTo;
        this.frameStep = frameStep;
    }

    QualityScores score(EncodeSpec spec) {
        int output = spec.streams().encodedVideoOutputIndex();
        int source = spec.media().mainVideo().orElseThrow().index();
        return metric.score(
                new VideoClip(spec.output(), output),
                new VideoClip(spec.source(), source),
                subsample(spec.media().durationSeconds()));
    }

    int subsample(double durationSeconds) {
        return frameStep * Math.max(1, (int) Math.ceil(durationSeconds / wholeFileUpTo.toSeconds()));
    }
}
