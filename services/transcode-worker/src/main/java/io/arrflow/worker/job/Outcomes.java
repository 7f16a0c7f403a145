package io.arrflow.worker.job;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeFailed;
import io.arrflow.model.TranscodeMessage.TranscodeNotBeneficial;
import io.arrflow.model.TranscodeMessage.TranscodeSkipped;
import io.arrflow.platform.jobs.JobRegistry;
import io.arrflow.platform.jobs.JobState;
import io.arrflow.platform.jobs.JobStatus;
import io.arrflow.platform.messaging.MessagePublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * Records a job's final outcome (other than a replacement) in shared status and announces it: these
 * events are facts for whoever listens (alert-bridge, a dashboard), not steps of a flow.
 */
final class Outcomes {

    private final JobRegistry registry;
    private final MessagePublisher publisher;

    Outcomes(JobRegistry registry, MessagePublisher publisher) {
        this.registry = registry;
        this.publisher = publisher;
    }

    JobOutcome notBeneficial(JobContext ctx, JobOutcome.NotBeneficial outcome) {
        publisher.announce(
                ctx.envelope(),
                new TranscodeNotBeneficial(ctx.id(), ctx.jobPath(), outcome.sourceBytes(), outcome.outputBytes()));
        registry.finished(
                ctx.id(), JobState.NOT_BENEFICIAL, outcome.reason(), outcome.sourceBytes(), outcome.outputBytes());
        return outcome;
    }

    JobOutcome skipped(JobContext ctx, String reason, String detail, long sourceBytes) {
        publisher.announce(ctx.envelope(), new TranscodeSkipped(ctx.jobPath(), reason, detail));
        registry.finished(ctx.id(), JobState.NOT_BENEFICIAL, reason, sourceBytes, sourceBytes);
        return new JobOutcome.Skipped(reason);
    }

    JobOutcome failed(JobContext ctx, JobOutcome.Failed outcome) {
        publisher.announce(
                ctx.envelope(), new TranscodeFailed(ctx.id(), ctx.jobPath(), outcome.reason(), outcome.history()));
        registry.finished(ctx.id(), JobState.FAILED, outcome.reason(), sourceBytes(ctx), 0);
        return outcome;
    }

    /** The file's size as the worker finds it; what the job was queued with when the file is gone. */
    private long sourceBytes(JobContext ctx) {
        try {
            return Files.size(ctx.file());
        } catch (IOException e) {
            return registry.status(ctx.id()).map(JobStatus::sourceBytes).orElse(0L);
        }
    }

    /** A job whose every delivery failed: FAILED with the reason, so its status never stays RUNNING. */
    void abandoned(Envelope cause, RunTranscode job, String reason) {
        Optional<JobStatus> status = registry.status(job.jobId());
        String path = status.map(JobStatus::path).filter(p -> !p.isBlank()).orElse(job.path());
        long sourceBytes = status.map(JobStatus::sourceBytes).orElse(0L);
        registry.finished(job.jobId(), JobState.FAILED, reason, sourceBytes, 0);
        publisher.announce(cause, new TranscodeFailed(job.jobId(), path, reason, List.of(reason)));
    }
}
