package io.arrflow.alerts.delivery;

import io.arrflow.alerts.channel.Channel;
import io.arrflow.alerts.incident.Notification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Gets one notification onto one channel: waits for the channel's rate limit, honours a 429's
 * {@code retry_after}, retries other failures with backoff, and gives up with a reason.
 */
public final class Deliverer {

    /** Sends one attempt. */
    @FunctionalInterface
    public interface Transport {
        DeliveryResult send(Channel channel, Notification notification);
    }

    /** Waits; a test may pass time differently. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Transport transport;
    private final RateLimiter limiter;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;

    public Deliverer(Transport transport, RateLimiter limiter, RetryPolicy policy, Clock clock, Sleeper sleeper) {
        this.transport = transport;
        this.limiter = limiter;
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Returns {@link DeliveryResult.Delivered} or {@link DeliveryResult.Permanent} with the reason it gave up. */
    public DeliveryResult deliver(Channel channel, Notification notification) throws InterruptedException {
        int failures = 0;
        int rateLimited = 0;
        while (true) {
            waitUntil(limiter.reserve(channel.rateKey(), channel.rateLimit(), clock.instant()));
            DeliveryResult result = transport.send(channel, notification);
            switch (result) {
                case DeliveryResult.Delivered d -> {
                    return d;
                }
                case DeliveryResult.Permanent p -> {
                    return p;
                }
                case DeliveryResult.RetryAfter r -> {
                    if (++rateLimited > policy.maxRateLimited()) {
                        return new DeliveryResult.Permanent(r.reason() + " (rate limited " + rateLimited + " times)");
                    }
                    limiter.holdUntil(channel.rateKey(), clock.instant().plus(r.delay()));
                }
                case DeliveryResult.Transient t -> {
                    if (++failures >= policy.attempts()) {
                        return new DeliveryResult.Permanent(t.reason() + " (gave up after " + failures + " attempts)");
                    }
                    sleeper.sleep(policy.backoff(failures));
                }
            }
        }
    }

    private void waitUntil(Instant slot) throws InterruptedException {
        Duration wait = Duration.between(clock.instant(), slot);
        if (wait.isPositive()) {
            sleeper.sleep(wait);
        }
    }
}
