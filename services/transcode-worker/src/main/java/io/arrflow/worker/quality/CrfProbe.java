package io.arrflow.worker.quality;

/**
 * The samples encoded at one CRF: their scores together and the bytes of their video.
 *
 * @param videoBytes the encoded samples' video packets, all samples together
 * @param seconds the samples' length, all together
 */
public record CrfProbe(int crf, QualityScores scores, long videoBytes, double seconds) {

    /** How far above the target the scores are; negative when below (the worse of mean and 5th percentile). */
    public double margin(QualityTarget target) {
        return Math.min(scores.mean() - target.mean(), scores.p5() - target.p5());
    }

    public boolean meets(QualityTarget target) {
        return scores.meets(target);
    }

    /** Video bytes per second of the encoded samples. */
    public double videoBytesPerSecond() {
        return seconds <= 0 ? 0 : videoBytes / seconds;
    }
}
