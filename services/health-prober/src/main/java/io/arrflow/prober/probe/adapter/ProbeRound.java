package io.arrflow.prober.probe.adapter;

import io.arrflow.prober.state.Announcer;
import io.arrflow.prober.state.Observation;
import io.arrflow.prober.state.Observation.Failing;
import io.arrflow.prober.state.TargetBoard;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One round: every target is probed at the same time (a virtual thread each, bounded by the
 * timeout), then the board applies the results in dependency order and the announcer records and
 * publishes the transitions. This is the edge where a probe's exception or silence becomes a failure,
 * worded by {@link ProbeFailures}.
 */
public final class ProbeRound {

    private final List<ProbeTarget> targets;
    private final TargetBoard board;
    private final Announcer announcer;
    private final Duration timeout;
    private final Clock clock;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    public ProbeRound(
            List<ProbeTarget> targets, TargetBoard board, Announcer announcer, Duration timeout, Clock clock) {
        this.targets = List.copyOf(targets);
        this.board = board;
        this.announcer = announcer;
        this.timeout = timeout;
        this.clock = clock;
    }

    public void run() {
        Map<String, Observation> seen = observeAll();
        announcer.record(board.apply(seen, clock.instant()));
    }

    /** Probes every target; a probe that outlives the timeout is interrupted and left behind. */
    public Map<String, Observation> observeAll() {
        Map<ProbeTarget, Future<Observation>> running = new LinkedHashMap<>();
        targets.forEach(target -> running.put(target, executor.submit(() -> target.observe(timeout))));
        Map<String, Observation> seen = new HashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        running.forEach((target, future) -> seen.put(target.name(), await(target, future, deadline)));
        return seen;
    }

    /** Stops the probes still running. */
    public void close() {
        executor.shutdownNow();
    }

    private Observation await(ProbeTarget target, Future<Observation> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return target.noAnswer(timeout);
        } catch (ExecutionException e) {
            return ProbeFailures.of(e.getCause(), target.endpoint(), timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failing("prober is stopping", Duration.ZERO, Map.of());
        }
    }
}
