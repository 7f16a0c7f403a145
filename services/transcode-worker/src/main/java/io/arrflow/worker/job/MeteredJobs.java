package io.arrflow.worker.job;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * Metrics of every job, around the job itself: {@code arrflow.worker.jobs} (outcome, encoder),
 * {@code arrflow.worker.encode} (seconds), {@code arrflow.worker.bytes.saved} and {@code
 * arrflow.worker.encode.fps}.
 */
final class MeteredJobs implements Jobs {

    private final Jobs jobs;
    private final MeterRegistry meters;

    MeteredJobs(Jobs jobs, MeterRegistry meters) {
        this.jobs = jobs;
        this.meters = meters;
    }

    @Override
    public JobOutcome run(Envelope envelope, RunTranscode job) throws IOException {
        JobOutcome outcome = jobs.run(envelope, job);
        String encoder =
                switch (outcome) {
                    case JobOutcome.Replaced r -> r.encoder();
                    case JobOutcome.NotBeneficial n -> n.encoder();
                    case JobOutcome.Skipped ignored -> "none";
                    case JobOutcome.SourceDamaged ignored -> "none";
                    case JobOutcome.Failed ignored -> "none";
                    case JobOutcome.Ignored ignored -> "none";
                };
        String name = outcome.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        meters.counter("arrflow.worker.jobs", "outcome", name, "encoder", encoder)
                .increment();
        if (outcome instanceof JobOutcome.Replaced r) {
            meters.timer("arrflow.worker.encode", "encoder", encoder)
                    .record(Duration.ofMillis(Math.round(r.encodeSeconds() * 1000)));
            meters.counter("arrflow.worker.bytes.saved").increment(Math.max(0, r.sourceBytes() - r.outputBytes()));
            meters.summary("arrflow.worker.encode.fps", "encoder", encoder).record(r.fps());
        }
        return outcome;
    }
}
