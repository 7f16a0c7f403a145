package io.arrflow.alerts.delivery;

import java.time.Duration;

/** Waits; a unit test passes time on a fake clock instead. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
}
