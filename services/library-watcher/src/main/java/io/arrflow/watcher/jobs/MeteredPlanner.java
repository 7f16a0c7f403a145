package io.arrflow.watcher.jobs;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts outcomes: {@code arrflow_jobs_published_total{plan,encoder}},
 * {@code arrflow_transcode_skipped_total{reason}}, {@code arrflow_dedupe_hits_total{reason}}.
 */
class MeteredPlanner implements Planner {

    private final Planner delegate;
    private final MeterRegistry registry;

    MeteredPlanner(Planner delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public PlanOutcome plan(Detection detection, String messageId) {
        PlanOutcome outcome = delegate.plan(detection, messageId);
        switch (outcome) {
            case PlanOutcome.Queued queued ->
                registry.counter(
                                "arrflow.jobs.published",
                                "plan",
                                queued.job().plan().name().toLowerCase(),
                                "encoder",
                                queued.job().encoder())
                        .increment();
            case PlanOutcome.Skipped skipped ->
                registry.counter("arrflow.transcode.skipped", "reason", skipped.reason())
                        .increment();
            case PlanOutcome.Duplicate duplicate ->
                registry.counter("arrflow.dedupe.hits", "reason", duplicate.reason())
                        .increment();
        }
        return outcome;
    }
}
