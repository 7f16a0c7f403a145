package io.arrflow.worker.quality;

/** The CRF (or QP) values a search may choose from, inclusive; a higher value means a smaller, worse output. */
public record CrfRange(int min, int max) {

    public CrfRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("a CRF range needs 0 <= min <= max, not " + min + "–" + max);
        }
    }

    public int clamp(int crf) {
        return Math.max(min, Math.min(max, crf));
    }

    @Override
    public String toString() {
        return min + "–" + max;
    }
}
