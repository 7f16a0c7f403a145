package io.arrflow.worker.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the samples of a search are cut: {@code count} windows spread evenly over the file, each centred in
 * its share of the duration, so the opening titles and the end credits are not all a search sees. A short
 * file is sampled whole; the samples together never take more than {@code maxShare} of the file.
 */
public record SampleWindows(int count, double seconds, double maxShare) {

    /** Shorter than this, a sample says little: x265's look-ahead alone is about a second. */
    static final double SHORTEST_SAMPLE = 1.0;

    public SampleWindows {
        if (count < 1 || seconds <= 0 || maxShare <= 0 || maxShare > 1) {
            throw new IllegalArgumentException("samples need count >= 1, seconds > 0 and 0 < share <= 1: " + count
                    + ", " + seconds + ", " + maxShare);
        }
    }

    /** One window of a file. */
    public record Window(double start, double seconds) {}

    public List<Window> over(double duration) {
        double length = Math.min(seconds, duration * maxShare / count);
        if (length < SHORTEST_SAMPLE) {
            return wholeOrOne(duration);
        }
        List<Window> windows = new ArrayList<>();
        double share = duration / count;
        for (int i = 0; i < count; i++) {
            windows.add(new Window(i * share + (share - length) / 2, length));
        }
        return windows;
    }

    /** A file too short to sample: one window of the shortest useful length in its middle, or all of it. */
    private static List<Window> wholeOrOne(double duration) {
        double length = Math.min(duration, Math.max(SHORTEST_SAMPLE, duration * 0.25));
        return List.of(new Window((duration - length) / 2, length));
    }
}
