package io.arrflow.prober.stats.adapter;

import io.arrflow.prober.stats.Stats;
import io.arrflow.prober.stats.StatsCollector;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The latest {@link Stats}, rebuilt every {@code stats-refresh} on its own thread and kept both as a
 * value (metrics, status page) and as ready-to-send JSON bytes, so a request never waits for a
 * probe, Redis or RabbitMQ.
 */
public final class StatsBoard implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StatsBoard.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private final StatsCollector collector;
    private final long refreshMillis;
    private volatile Stats current = Stats.empty();
    private volatile byte[] json = JSON.writeValueAsBytes(current);
    private final List<Consumer<Stats>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService scheduler;

    public StatsBoard(StatsCollector collector, long refreshMillis) {
        this.collector = collector;
        this.refreshMillis = refreshMillis;
    }

    public Stats current() {
        return current;
    }

    /** Called on the refresh thread with every new snapshot. */
    public void onRefresh(Consumer<Stats> listener) {
        listeners.add(listener);
    }

    byte[] json() {
        return json;
    }

    void refresh() {
        try {
            Stats next = collector.collect(current);
            json = JSON.writeValueAsBytes(next);
            current = next;
            listeners.forEach(listener -> listener.accept(next));
        } catch (RuntimeException e) {
            log.warn("stats not refreshed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("stats-refresh").daemon().factory());
        scheduler.scheduleWithFixedDelay(this::refresh, 0, refreshMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
