package io.arrflow.worker.quality;

/**
 * What an output must score, on VMAF's scale: the mean over its frames and the 5th percentile (so a few bad
 * scenes cannot hide behind a good average).
 */
public record QualityTarget(double mean, double p5) {

    public static final QualityTarget DEFAULT = new QualityTarget(95, 90);

    public QualityTarget {
        if (mean <= 0 || mean > 100 || p5 <= 0 || p5 > 100) {
            throw new IllegalArgumentException("a quality target is between 0 and 100: mean " + mean + ", p5 " + p5);
        }
    }
}
