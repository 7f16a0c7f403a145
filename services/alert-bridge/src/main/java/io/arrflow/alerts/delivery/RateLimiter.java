package io.arrflow.alerts.delivery;

import io.arrflow.alerts.channel.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out send times per rate key so a channel's limit is never exceeded, also by concurrent
 * senders: a caller reserves a slot, waits until it, then sends. A 429 holds the key until the
 * server's {@code retry_after}.
 */
public final class RateLimiter {

    private final Map<String, Deque<Instant>> windows = new HashMap<>();
    private final Map<String, Instant> theoretical = new HashMap<>();
    private final Map<String, Instant> holds = new HashMap<>();

    public synchronized Instant reserve(String key, RateLimit limit, Instant now) {
        Instant earliest = latest(now, holds.getOrDefault(key, now));
        return switch (limit) {
            case RateLimit.Window w -> window(key, w, earliest);
            case RateLimit.Bucket b -> bucket(key, b, earliest);
            case RateLimit.Unlimited u -> earliest;
        };
    }

    /** The server said "too many": nothing goes to this key before {@code until}. */
    public synchronized void holdUntil(String key, Instant until) {
        holds.merge(key, until, RateLimiter::latest);
    }

    private Instant window(String key, RateLimit.Window w, Instant earliest) {
        Deque<Instant> sent = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant slot = sent.isEmpty() ? earliest : latest(earliest, sent.peekLast());
        while (sent.size() >= w.max() && sent.peekFirst().plus(w.per()).isAfter(slot)) {
            slot = latest(slot, sent.peekFirst().plus(w.per()));
            sent.pollFirst();
        }
        while (!sent.isEmpty() && !sent.peekFirst().plus(w.per()).isAfter(slot)) {
            sent.pollFirst();
        }
        sent.addLast(slot);
        return slot;
    }

    /** GCRA: a burst of {@code burst}, then one per {@code every}. */
    private Instant bucket(String key, RateLimit.Bucket b, Instant earliest) {
        Duration tolerance = b.every().multipliedBy(Math.max(0, b.burst() - 1));
        Instant tat = latest(theoretical.getOrDefault(key, earliest), earliest);
        Instant slot = latest(earliest, tat.minus(tolerance));
        theoretical.put(key, tat.plus(b.every()));
        return slot;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
