package io.arrflow.worker.encode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Lets an update through at most once per interval; the final one always passes. */
public final class Throttle {

    private final Clock clock;
    private final Duration interval;
    private Instant last = Instant.MIN;

    public Throttle(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    public boolean allows(Progress progress) {
        Instant now = clock.instant();
        if (progress.percent() < 100 && last != Instant.MIN && now.isBefore(last.plus(interval))) {
            return false;
        }
        last = now;
        return true;
    }
}
