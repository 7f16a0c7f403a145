package io.arrflow.worker.quality;

import java.util.Arrays;
import java.util.List;

/**
 * Per-frame scores of one comparison, summarised: the mean, the 5th percentile and the worst frame, on VMAF's
 * 0–100 scale.
 *
 * @param metric vmaf or ssim
 * @param frames how many frames were scored
 */
public record QualityScores(String metric, double mean, double p5, double min, int frames) {

    /** Summarises per-frame scores; at least one frame. */
    public static QualityScores of(String metric, double[] perFrame) {
        if (perFrame.length == 0) {
            throw new QualityMeasurementFailed(metric + " scored no frame");
        }
        double[] sorted = perFrame.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElseThrow();
        return new QualityScores(metric, mean, percentile(sorted, 5), sorted[0], sorted.length);
    }

    /**
     * Scores of several comparisons as one: the mean weighted by frames; the lowest 5th percentile and the
     * worst frame, so one bad sample is not averaged away.
     */
    public static QualityScores combine(List<QualityScores> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to combine");
        }
        int frames = parts.stream().mapToInt(QualityScores::frames).sum();
        double mean = parts.stream().mapToDouble(s -> s.mean() * s.frames()).sum() / Math.max(1, frames);
        double p5 = parts.stream().mapToDouble(QualityScores::p5).min().orElseThrow();
        double min = parts.stream().mapToDouble(QualityScores::min).min().orElseThrow();
        return new QualityScores(parts.getFirst().metric(), mean, p5, min, frames);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public boolean meets(QualityTarget target) {
        return mean >= target.mean() && p5 >= target.p5();
    }

    /** How far below the target the scores are: the larger of the two gaps, 0 when it is met. */
    public double shortfall(QualityTarget target) {
        return Math.max(0, Math.max(target.mean() - mean, target.p5() - p5));
    }
}
