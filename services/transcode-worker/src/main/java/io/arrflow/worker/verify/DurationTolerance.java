package io.arrflow.worker.verify;

import java.time.Duration;

/**
 * How far a duration may fall short of the one it is measured against: a fixed floor, or a share of the
 * duration when that is larger. The floor keeps short files judged tightly; the share forgives the
 * container rounding that grows with length.
 *
 * @param floor the shortfall always allowed
 * @param share the shortfall allowed as a fraction of the expected duration
 */
public record DurationTolerance(Duration floor, double share) {

    /** The share the worker uses for sources and outputs alike. */
    public static final double ONE_PERCENT = 0.01;

    public static DurationTolerance ofFloor(Duration floor) {
        return new DurationTolerance(floor, ONE_PERCENT);
    }

    public double allowedSeconds(double expectedSeconds) {
        return Math.max(floor.toMillis() / 1000.0, expectedSeconds * share);
    }

    /** Whether {@code actualSeconds} differs from {@code expectedSeconds} by more than allowed. */
    public boolean differs(double expectedSeconds, double actualSeconds) {
        return Math.abs(actualSeconds - expectedSeconds) > allowedSeconds(expectedSeconds);
    }

    /** Whether {@code actualSeconds} stops short of {@code expectedSeconds} by more than allowed. */
    public boolean fallsShort(double expectedSeconds, double actualSeconds) {
        return expectedSeconds - actualSeconds > allowedSeconds(expectedSeconds);
    }
}
