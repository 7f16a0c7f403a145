package io.arrflow.prober.metrics.adapter;

import io.arrflow.prober.queues.QueueDepth;
import io.arrflow.prober.state.Health;
import io.arrflow.prober.state.TargetBoard;
import io.arrflow.prober.state.TargetStatus;
import io.arrflow.prober.stats.Stats;
import io.arrflow.prober.stats.adapter.StatsBoard;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * The prober's gauges and counters, all read from memory: {@code arrflow_service_up{service,kind}},
 * {@code arrflow_service_state{service,kind,state}}, {@code media_queue_size{queue}}, {@code
 * arrflow_transcode_jobs{state}}, {@code arrflow_transcode_outcomes_total{outcome}} and {@code
 * arrflow_transcode_bytes_saved_total}.
 */
public final class ProberMetrics implements MeterBinder {

    private final TargetBoard targets;
    private final StatsBoard stats;
    private final Set<String> queues = ConcurrentHashMap.newKeySet();

    public ProberMetrics(TargetBoard targets, StatsBoard stats) {
        this.targets = targets;
        this.stats = stats;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : targets.names()) {
            bindTarget(registry, name);
        }
        bindTranscode(registry);
        stats.onRefresh(snapshot -> snapshot.queues().forEach(queue -> bindQueue(registry, queue.name())));
    }

    private void bindTarget(MeterRegistry registry, String name) {
        String kind = targets.status(name, Instant.now()).kind();
        Gauge.builder("arrflow.service.up", targets, board -> up(board.status(name, Instant.now())))
                .description("0 while the target is DOWN or PENDING; 1 while UP or in a maintenance window")
                .tags("service", name, "kind", kind)
                .register(registry);
        for (Health health : Health.values()) {
            Gauge.builder("arrflow.service.state", targets, board -> is(board.status(name, Instant.now()), health))
                    .description("1 for the target's current state")
                    .tags("service", name, "kind", kind, "state", health.name())
                    .register(registry);
        }
    }

    /** A planned maintenance window is not an outage: Prometheus rules on this gauge stay quiet. */
    static double up(TargetStatus status) {
        return status.health() == Health.UP || status.health() == Health.MAINTENANCE ? 1 : 0;
    }

    private static double is(TargetStatus status, Health health) {
        return status.health() == health ? 1 : 0;
    }

    private void bindQueue(MeterRegistry registry, String queue) {
        if (queues.add(queue)) {
            Gauge.builder("media.queue.size", stats, board -> ready(board.current(), queue))
                    .description("Messages ready in a RabbitMQ queue")
                    .tag("queue", queue)
                    .register(registry);
        }
    }

    private static double ready(Stats stats, String queue) {
        return stats.queues().stream()
                .filter(depth -> depth.name().equals(queue))
                .mapToDouble(QueueDepth::ready)
                .findFirst()
                .orElse(Double.NaN);
    }

    private void bindTranscode(MeterRegistry registry) {
        jobs(registry, "queued", Stats.Transcode::queued);
        jobs(registry, "running", Stats.Transcode::running);
        outcome(registry, "done", Stats.Transcode::done);
        outcome(registry, "failed", Stats.Transcode::failed);
        outcome(registry, "cancelled", Stats.Transcode::cancelled);
        outcome(registry, "damaged", Stats.Transcode::damaged);
        FunctionCounter.builder("arrflow.transcode.bytes.saved", stats, board -> board.current()
                        .transcode()
                        .bytesSaved())
                .description("Bytes saved by replaced transcodes, from the shared status")
                .register(registry);
    }

    private void jobs(MeterRegistry registry, String state, ToDoubleFunction<Stats.Transcode> count) {
        Gauge.builder(
                        "arrflow.transcode.jobs",
                        stats,
                        board -> count.applyAsDouble(board.current().transcode()))
                .description("Transcode jobs queued or running, from the shared status")
                .tag("state", state)
                .register(registry);
    }

    private void outcome(MeterRegistry registry, String outcome, ToDoubleFunction<Stats.Transcode> count) {
        FunctionCounter.builder(
                        "arrflow.transcode.outcomes",
                        stats,
                        board -> count.applyAsDouble(board.current().transcode()))
                .description("Finished transcode jobs by outcome, from the shared status")
                .tag("outcome", outcome)
                .register(registry);
    }
}
