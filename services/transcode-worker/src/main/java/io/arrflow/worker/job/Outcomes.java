package io.arrflow.worker.job;

import io.arrflow.model.TranscodeMessage.TranscodeFailed;
import io.arrflow.model.TranscodeMessage.TranscodeNotBeneficial;
import io.arrflow.model.TranscodeMessage.TranscodeSkipped;
import io.arrflow.platform.jobs.JobRegistry;
import io.arrflow.platform.jobs.JobState;
import io.arrflow.platform.messaging.MessagePublisher;

/** Publishes a job's final outcome (other than a replacement) and records it in shared status. */
final class Outcomes {

    private final JobRegistry registry;
    private final MessagePublisher publisher;

    Outcomes(JobRegistry registry, MessagePublisher publisher) {
        this.registry = registry;
        this.publisher = publisher;
    }

    JobOutcome notBeneficial(JobContext ctx, JobOutcome.NotBeneficial outcome) {
        publisher.publishEvent(
                ctx.envelope(),
                new TranscodeNotBeneficial(ctx.id(), ctx.jobPath(), outcome.sourceBytes(), outcome.outputBytes()));
        registry.finished(
                ctx.id(), JobState.NOT_BENEFICIAL, outcome.reason(), outcome.sourceBytes(), outcome.outputBytes());
        return outcome;
    }

    JobOutcome skipped(JobContext ctx, String reason, String detail, long sourceBytes) {
        publisher.publishEvent(ctx.envelope(), new TranscodeSkipped(ctx.jobPath(), reason, detail));
        registry.finished(ctx.id(), JobState.NOT_BENEFICIAL, reason, sourceBytes, sourceBytes);
        return new JobOutcome.Skipped(reason);
    }

    JobOutcome failed(JobContext ctx, JobOutcome.Failed outcome) {
        publisher.publishEvent(
                ctx.envelope(), new TranscodeFailed(ctx.id(), ctx.jobPath(), outcome.reason(), outcome.history()));
        registry.finished(ctx.id(), JobState.FAILED, outcome.reason(), 0, 0);
        return outcome;
    }
}
