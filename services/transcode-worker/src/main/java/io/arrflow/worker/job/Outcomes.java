package io.arrflow.worker.job;

import io.arrflow.model.Envelope;
import io.arrflow.model.QualityReport;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.SourceDamaged;
import io.arrflow.model.TranscodeMessage.TranscodeFailed;
import io.arrflow.model.TranscodeMessage.TranscodeNotBeneficial;
import io.arrflow.model.TranscodeMessage.TranscodeSkipped;
import io.arrflow.transcode.jobs.Ending;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.worker.verify.SourceHealth;
import io.arrflow.worker.verify.SourceVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records a job's final outcome (other than a replacement) in shared status and announces it: these
 * events are facts for whoever listens (alert-bridge, a dashboard), not steps of a flow.
 */
final class Outcomes {

    private final JobRegistry registry;
    private final JobEvents events;

    Outcomes(JobRegistry registry, JobEvents events) {
        this.registry = registry;
        this.events = events;
    }

    JobOutcome notBeneficial(JobContext ctx, JobOutcome.NotBeneficial outcome) {
        events.announce(
                ctx.envelope(),
                new TranscodeNotBeneficial(
                        ctx.id(),
                        ctx.jobPath(),
                        outcome.sourceBytes(),
                        outcome.outputBytes(),
                        outcome.reason(),
                        quality(ctx.id())));
        registry.finished(
                ctx.id(), Ending.notBeneficial(outcome.reason(), outcome.sourceBytes(), outcome.outputBytes()));
        return outcome;
    }

    JobOutcome skipped(JobContext ctx, String reason, String detail, long sourceBytes) {
        events.announce(ctx.envelope(), new TranscodeSkipped(ctx.jobPath(), reason, detail));
        registry.finished(ctx.id(), Ending.notBeneficial(reason, sourceBytes, sourceBytes));
        return new JobOutcome.Skipped(reason);
    }

    JobOutcome failed(JobContext ctx, JobOutcome.Failed outcome) {
        events.announce(
                ctx.envelope(),
                new TranscodeFailed(ctx.id(), ctx.jobPath(), outcome.reason(), outcome.history(), quality(ctx.id())));
        registry.finished(ctx.id(), Ending.failed(outcome.reason(), sourceBytes(ctx)));
        return outcome;
    }

    /** The quality figures the job's search and gate left in its status; null when it measured none. */
    private QualityReport quality(UUID jobId) {
        return registry.status(jobId).map(JobStatus::quality).orElse(null);
    }

    /** The original stays as it is; the event names the arr item so that its release can be grabbed again. */
    JobOutcome sourceDamaged(JobContext ctx, SourceVerdict.Damaged damaged, long sourceBytes) {
        SourceHealth health = damaged.health();
        events.announce(
                ctx.envelope(),
                new SourceDamaged(
                        ctx.id(),
                        ctx.jobPath(),
                        health.decodeErrors(),
                        health.declaredSeconds(),
                        health.decodedSeconds(),
                        damaged.reason(),
                        ctx.job().arrItem()));
        registry.finished(ctx.id(), Ending.sourceDamaged(damaged.reason(), sourceBytes));
        return new JobOutcome.SourceDamaged(damaged.reason());
    }

    /** The file's size as the worker finds it; what the job was queued with when the file is gone. */
    private long sourceBytes(JobContext ctx) {
        try {
            return Files.size(ctx.file());
        } catch (IOException e) {
            return registry.status(ctx.id()).map(JobStatus::sourceBytes).orElse(0L);
        }
    }

    /**
     * A job whose every delivery failed: FAILED with the reason, so its status never stays RUNNING. A job
     * that has ended already (its output replaced the file before the last delivery broke) keeps its end.
     */
    void abandoned(Envelope cause, RunTranscode job, String reason) {
        Optional<JobStatus> status = registry.status(job.jobId());
        if (status.isPresent() && status.get().state().isFinished()) {
            return;
        }
        String path = status.map(JobStatus::path).filter(p -> !p.isBlank()).orElse(job.path());
        long sourceBytes = status.map(JobStatus::sourceBytes).orElse(0L);
        registry.finished(job.jobId(), Ending.failed(reason, sourceBytes));
        events.announce(
                cause,
                new TranscodeFailed(
                        job.jobId(),
                        path,
                        reason,
                        List.of(reason),
                        status.map(JobStatus::quality).orElse(null)));
    }
}
