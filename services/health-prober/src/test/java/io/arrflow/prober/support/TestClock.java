package io.arrflow.prober.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** Real time that a test can move forward, e.g. into and past a maintenance window. */
public final class TestClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void jumpTo(Instant moment) {
        offset.set(Duration.between(Instant.now(), moment));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
