package io.arrflow.worker.job;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.transcode.jobs.ProducedFiles;
import io.arrflow.transcode.paths.PathMapper;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.MediaProbe;
import io.arrflow.transcode.probe.ProbeFailed;
import io.arrflow.worker.encode.Profile;
import io.arrflow.worker.encode.Profiles;
import io.arrflow.worker.verify.SourceCheck;
import io.arrflow.worker.verify.SourceVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One job from delivery to outcome: idempotence guards (shared status, loop guard, claim), a look at
 * the file as it is now, then a skip, or a check of the source's health before a remux or a transcode.
 */
final class TranscodeJob implements Jobs {

    private final JobRegistry registry;
    private final ProducedFiles produced;
    private final MediaProbe probe;
    private final Profiles profiles;
    private final PathMapper paths;
    private final Outcomes outcomes;
    private final SourceCheck sourceCheck;
    private final Replacement replacement;
    private final String worker;

    TranscodeJob(
            JobRegistry registry,
            ProducedFiles produced,
            MediaProbe probe,
            Profiles profiles,
            PathMapper paths,
            Outcomes outcomes,
            SourceCheck sourceCheck,
            Replacement replacement,
            String worker) {
        this.registry = registry;
        this.produced = produced;
        this.probe = probe;
        this.profiles = profiles;
        this.paths = paths;
        this.outcomes = outcomes;
        this.sourceCheck = sourceCheck;
        this.replacement = replacement;
        this.worker = worker;
    }

    @Override
    public JobOutcome run(Envelope envelope, RunTranscode job) throws IOException {
        Optional<JobStatus> status = registry.status(job.jobId());
        if (status.isPresent() && status.get().state().isFinished()) {
            return new JobOutcome.Ignored("job is already " + status.get().state());
        }
        if (status.isEmpty()) {
            registry.queued(job);
        }
        String container = job.targetContainer() == null ? "mkv" : job.targetContainer();
        Optional<Profile> profile = profiles.named(job.profile());
        if (profile.isEmpty()) {
            String jobPath = pathOf(job, status);
            JobContext ctx = new JobContext(envelope, job, jobPath, local(jobPath), Profile.HEVC, container);
            return outcomes.failed(ctx, failure("unknown profile " + job.profile()));
        }
        if (!registry.claim(job.jobId(), worker, job.encoder())) {
            return new JobOutcome.Ignored("job was cancelled or finished elsewhere");
        }
        // read once claimed: a rename can retarget a queued job up to the claim, never after it
        String jobPath = pathOf(job, registry.status(job.jobId()));
        return onFile(new JobContext(envelope, job, jobPath, local(jobPath), profile.get(), container));
    }

    private static String pathOf(RunTranscode job, Optional<JobStatus> status) {
        return status.map(JobStatus::path).filter(p -> !p.isBlank()).orElse(job.path());
    }

    private Path local(String jobPath) {
        return Path.of(paths.toLocal(jobPath));
    }

    private JobOutcome onFile(JobContext ctx) throws IOException {
        Path file = ctx.file();
        if (!Files.isRegularFile(file)) {
            return outcomes.failed(ctx, failure("file not found on this worker: " + file));
        }
        if (produced.contains(FileFingerprint.of(file))) {
            return outcomes.skipped(ctx, "produced-by-arrflow", "this file is an arrflow output", Files.size(file));
        }
        MediaInfo media;
        try {
            media = probe.probe(file);
        } catch (ProbeFailed e) {
            return outcomes.failed(ctx, failure("input is not readable media: " + e.getMessage()));
        }
        return switch (SourceDecision.decide(ctx.job().plan(), ctx.profile(), media, ctx.container())) {
            case SourceDecision.Skip skip -> outcomes.skipped(ctx, skip.reason(), skip.detail(), media.sizeBytes());
            case SourceDecision.Reject reject -> outcomes.failed(ctx, failure(reject.reason()));
            case SourceDecision.Remux remux -> replaceIfSound(ctx, media, false);
            case SourceDecision.Transcode ignored -> replaceIfSound(ctx, media, true);
        };
    }

    /** A broken source is never replaced: a clean output of it would be shorter or hide the damage. */
    private JobOutcome replaceIfSound(JobContext ctx, MediaInfo media, boolean transcode) throws IOException {
        return switch (sourceCheck.check(ctx.file(), media)) {
            case SourceVerdict.Sound ignored -> replacement.replace(ctx, media, transcode);
            case SourceVerdict.Damaged damaged -> outcomes.sourceDamaged(ctx, damaged, media.sizeBytes());
            case SourceVerdict.Undecodable undecodable -> outcomes.failed(ctx, failure(undecodable.reason()));
        };
    }

    static JobOutcome.Failed failure(String reason) {
        return new JobOutcome.Failed(reason, List.of(reason));
    }
}
