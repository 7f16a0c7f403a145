package io.arrflow.worker.job;

import io.arrflow.worker.encode.EncodeSpec;
import io.arrflow.worker.quality.QualityMetric;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.VideoClip;
import java.time.Duration;

/**
 * Scores a full output against its source before it may replace it. Up to {@code wholeFileUpTo} every frame is
 * scored; a longer file every n-th frame, so a gate never costs more than that much video's worth of scoring.
 */
final class QualityGate {

    private final QualityMetric metric;
    private final Duration wholeFileUpTo;

    QualityGate(QualityMetric metric, Duration wholeFileUpTo) {
        this.metric = metric;
        this.wholeFileUpTo = wholeFileUpTo;
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
        return Math.max(1, (int) Math.ceil(durationSeconds / wholeFileUpTo.toSeconds()));
    }
}
