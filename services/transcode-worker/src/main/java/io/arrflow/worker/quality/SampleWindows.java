package io.arrflow.worker.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the samples of a search are cut: {@code count} windows spread evenly over the file, each centred in
 * its share of the duration, so the opening titles and the end credits are not all a search sees. The samples
 * together never take more than {@code maxShare} of the file: a short file gets fewer windows of the shortest
 * useful length, and a clip too short even for one gets a single shortest window (or all of it) in its middle.
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
        if (length >= SHORTEST_SAMPLE) {
            return spread(count, length, duration);
        }
        int fitting = (int) Math.min(count, Math.floor(duration * maxShare / SHORTEST_SAMPLE));
        if (fitting >= 1) {
            return spread(fitting, SHORTEST_SAMPLE, duration);
        }
        double shortest = Math.min(duration, SHORTEST_SAMPLE);
        return List.of(new Window((duration - shortest) / 2, shortest));
    }

    /** {@code n} windows of {@code length}, each centred in its n-th of the file. */
    private static List<Window> spread(int n, double length, double duration) {
        List<Window> windows = new ArrayList<>();
        double share = duration / n;
        for (int i = 0; i < n; i++) {
            windows.add(new Window(i * share + (share - length) / 2, length));
        }
        return windows;
    }
}
