package io.arrflow.watcher.library;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Debounce for files still being written: a file is stable once its size and mtime have not changed
 * for {@code stableAfter}. Plain Java; the caller feeds observations and the clock.
 */
public final class StabilityTracker {

    /** Size and mtime as last observed, and since when they are unchanged. */
    public record Observation(long size, long modifiedMillis) {}

    private record Seen(Observation observation, Instant since) {}

    private final Duration stableAfter;
    private final Map<Path, Seen> pending = new HashMap<>();

    public StabilityTracker(Duration stableAfter) {
        this.stableAfter = stableAfter;
    }

    /** Records what a file looks like now; a change restarts its quiet period. */
    public synchronized void observe(Path file, Observation now, Instant at) {
        Seen previous = pending.get(file);
        if (previous == null || !previous.observation().equals(now)) {
            pending.put(file, new Seen(now, at));
        }
    }

    public synchronized void forget(Path file) {
        pending.remove(file);
    }

    /** Files whose last observation is at least {@code stableAfter} old; they are forgotten. */
    public synchronized List<Path> stable(Instant now) {
        List<Path> ready = new ArrayList<>();
        pending.forEach((file, seen) -> {
            if (!seen.since().plus(stableAfter).isAfter(now)) {
                ready.add(file);
            }
        });
        ready.forEach(pending::remove);
        return ready;
    }

    public synchronized List<Path> tracked() {
        return List.copyOf(pending.keySet());
    }
}
