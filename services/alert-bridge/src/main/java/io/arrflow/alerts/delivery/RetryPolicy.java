package io.arrflow.alerts.delivery;

import java.time.Duration;

/**
 * Bounded retries with exponential backoff.
 *
 * @param attempts tries in all before a notification is dead-lettered
 * @param maxRateLimited 429 answers tolerated before dead-lettering (they do not count as attempts)
 */
public record RetryPolicy(int attempts, Duration initialBackoff, Duration maxBackoff, int maxRateLimited) {

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public Duration backoff(int attempt) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
