package io.arrflow.prober.probe.adapter;

import io.arrflow.prober.probe.Problems;
import io.arrflow.prober.state.Announcer;
import io.arrflow.prober.state.StateStore;
import io.arrflow.prober.state.TargetBoard;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a probe round every interval on its own thread. Before the first round it restores the
 * statuses known before a restart and publishes transitions a previous run could not.
 */
public final class ProbeLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProbeLoop.class);

    private final ProbeRound round;
    private final TargetBoard board;
    private final StateStore store;
    private final Announcer announcer;
    private final Duration interval;
    private final Clock clock;
    private ScheduledExecutorService scheduler;
    private boolean restored;
    private String lastProblem;

    public ProbeLoop(
            ProbeRound round,
            TargetBoard board,
            StateStore store,
            Announcer announcer,
            Duration interval,
            Clock clock) {
        this.round = round;
        this.board = board;
        this.store = store;
        this.announcer = announcer;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("probe-loop").daemon().factory());
        scheduler.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets a running round finish, so a transition it published is also marked published. */
    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            awaitStop();
            scheduler.shutdownNow();
            round.close();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private void awaitStop() {
        try {
            scheduler.awaitTermination(interval.toMillis() + 15_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The loop's error edge: a round that fails (Redis unreachable) is logged once and retried. */
    void tick() {
        try {
            if (!restored) {
                board.restore(store.load(board.names()), clock.instant());
                announcer.publishPending();
                restored = true;
            }
            round.run();
            lastProblem = null;
        } catch (RuntimeException e) {
            String problem = Problems.oneLine(e);
            if (!problem.equals(lastProblem)) {
                log.warn("probe round failed, retrying every {}: {}", interval, problem);
            }
            lastProblem = problem;
        }
    }
}
