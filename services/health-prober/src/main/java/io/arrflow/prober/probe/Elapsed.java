package io.arrflow.prober.probe;

import java.time.Duration;

/** Measures how long a probe took. */
public final class Elapsed {

    private final long start = System.nanoTime();

    public Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
