package io.arrflow.alerts.delivery;

import io.arrflow.alerts.alert.Notification;
import io.arrflow.alerts.channel.Channel;
import java.time.Clock;

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

    private final Transport transport;
    private final RateLimiter limiter;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;

    /** The limiter should pass time with the same clock and sleeper. */
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
            DeliveryResult result = sendWithinLimit(channel, notification);
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

    private DeliveryResult sendWithinLimit(Channel channel, Notification notification) throws InterruptedException {
        RateLimiter.Permit permit = limiter.acquire(channel.rateKey(), channel.rateLimit());
        try {
            return transport.send(channel, notification);
        } finally {
            limiter.done(permit);
        }
    }
}
