package io.arrflow.worker.quality;

/**
 * A perceptual quality metric: scores an encoded video against the video it was made from, frame by frame,
 * on VMAF's 0–100 scale (a metric with another scale maps onto it and says how in docs/decisions.md).
 */
public interface QualityMetric {

    /** The metric's name in job status and events: {@code vmaf} or {@code ssim}. */
    String name();

    /**
     * Scores {@code distorted} against {@code reference}. Both hold the same frames (same start, same length,
     * same picture size); {@code subsample} scores every n-th frame only (1: every frame).
     *
     * @throws QualityMeasurementFailed when the metric cannot be computed (unreadable input, ffmpeg failed)
     */
    QualityScores score(VideoClip distorted, VideoClip reference, int subsample);
}
