package io.arrflow.alerts.delivery;

import io.arrflow.alerts.channel.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps each rate key (a webhook, a chat, a server) within its limit, also with concurrent senders:
 * senders of one key queue fairly and wait for their turn. A windowed call counts from when it
 * finished ({@link #done}), so neither a late wake-up nor a slow request lets calls bunch up at the
 * server. A 429 holds the key until the server's
 * {@code retry_after}, also for senders already waiting.
 */
public final class RateLimiter {

    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public RateLimiter(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A call that may be sent now; hand it back to {@link #done} when it finished. */
    public record Permit(String key, Instant at) {}

    /** Returns when a call to this key may be sent now; the call is counted. */
    public Permit acquire(String key, RateLimit limit) throws InterruptedException {
        State state = states.computeIfAbsent(key, k -> new State());
        state.lock.lockInterruptibly();
        try {
            while (true) {
                Instant now = clock.instant();
                Instant turn = state.turn(limit, now);
                if (!turn.isAfter(now)) {
                    state.record(limit, now);
                    return new Permit(key, now);
                }
                sleeper.sleep(Duration.between(now, turn));
            }
        } finally {
            state.lock.unlock();
        }
    }

    /** The call finished: a windowed limit counts it from now. */
    public void done(Permit permit) {
        State state = states.get(permit.key());
        if (state != null) {
            state.finished(permit.at(), clock.instant());
        }
    }

    /** The server said "too many": nothing goes to this key before {@code until}. */
    public void holdUntil(String key, Instant until) {
        State state = states.computeIfAbsent(key, k -> new State());
        synchronized (state) {
            state.hold = state.hold == null || until.isAfter(state.hold) ? until : state.hold;
        }
    }

    private static final class State {
        final ReentrantLock lock = new ReentrantLock(true);
        final List<Instant> sent = new ArrayList<>();
        Instant theoretical;
        Instant hold;

        synchronized Instant turn(RateLimit limit, Instant now) {
            Instant turn =
                    switch (limit) {
                        case RateLimit.Window w -> windowTurn(w, now);
                        case RateLimit.Bucket b -> bucketTurn(b, now);
                        case RateLimit.Unlimited u -> now;
                    };
            return hold != null && hold.isAfter(turn) ? hold : turn;
        }

        synchronized void record(RateLimit limit, Instant now) {
            switch (limit) {
                case RateLimit.Window w -> sent.add(now);
                case RateLimit.Bucket b -> {
                    Instant base = theoretical == null || theoretical.isBefore(now) ? now : theoretical;
                    theoretical = base.plus(b.every());
                }
                case RateLimit.Unlimited u -> {}
            }
        }

        synchronized void finished(Instant started, Instant finished) {
            int at = sent.indexOf(started);
            if (at >= 0) {
                sent.set(at, finished);
            }
        }

        private Instant windowTurn(RateLimit.Window w, Instant now) {
            sent.removeIf(t -> !t.plus(w.per()).isAfter(now));
            if (sent.size() < w.max()) {
                return now;
            }
            return sent.stream().min(Instant::compareTo).orElse(now).plus(w.per());
        }

        /** GCRA: a burst of {@code burst} calls, then one per {@code every}. */
        private Instant bucketTurn(RateLimit.Bucket b, Instant now) {
            if (theoretical == null) {
                return now;
            }
            Instant allowedFrom = theoretical.minus(b.every().multipliedBy(Math.max(0, b.burst() - 1)));
            return allowedFrom.isAfter(now) ? allowedFrom : now;
        }
    }
}
