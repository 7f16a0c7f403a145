package io.arrflow.watcher.jobs;

import io.arrflow.model.QualityReport;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.SourceMedia;
import io.arrflow.model.TranscodeMessage.TranscodeRequested;
import io.arrflow.model.TranscodeMessage.TranscodeSkipped;
import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.ProducedFiles;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.MediaProbe;
import io.arrflow.transcode.probe.ProbeFailed;
import io.arrflow.watcher.jobs.PlanOutcome.Duplicate;
import io.arrflow.watcher.jobs.PlanOutcome.Queued;
import io.arrflow.watcher.jobs.PlanOutcome.Skipped;
import io.arrflow.watcher.policy.Candidate;
import io.arrflow.watcher.policy.Decision;
import io.arrflow.watcher.policy.TranscodePolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Dedupe → loop guard → ffprobe → policy → job or skip; every outcome is published before it returns. */
class JobPlanner implements Planner {

    private final Dedupe dedupe;
    private final ProducedFiles produced;
    private final JobRegistry registry;
    private final MediaProbe probe;
    private final TranscodePolicy policy;
    private final JobDispatcher dispatcher;
    private final JobEvents events;

    JobPlanner(
            Dedupe dedupe,
            ProducedFiles produced,
            JobRegistry registry,
            MediaProbe probe,
            TranscodePolicy policy,
            JobDispatcher dispatcher,
            JobEvents events) {
        this.dedupe = dedupe;
        this.produced = produced;
        this.registry = registry;
        this.probe = probe;
        this.policy = policy;
        this.dispatcher = dispatcher;
        this.events = events;
    }

    @Override
    public PlanOutcome plan(Detection detection, String messageId) {
        FileFingerprint file = fingerprint(detection);
        Optional<PlanOutcome> duplicate = duplicateOf(detection, file, messageId);
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        try {
            PlanOutcome outcome = decide(detection, file);
            dedupe.done(file);
            return outcome;
        } catch (RuntimeException e) {
            dedupe.release(file, messageId);
            throw e;
        }
    }

    private Optional<PlanOutcome> duplicateOf(Detection detection, FileFingerprint file, String messageId) {
        if (produced.contains(file)) {
            return Optional.of(new Duplicate("arrflow-output", null));
        }
        Optional<UUID> pending = registry.pendingJobFor(file.path());
        if (pending.isPresent()) {
            return Optional.of(new Duplicate("already-queued", pending.get()));
        }
        Dedupe.Claim claim = dedupe.claim(file, messageId);
        if (detection.isExplicitRequest()) {
            return Optional.empty();
        }
        return switch (claim) {
            case MINE -> Optional.empty();
            case DONE -> Optional.of(new Duplicate("already-seen", null));
            case TAKEN -> throw new FileBeingDecided(file.path());
        };
    }

    private PlanOutcome decide(Detection detection, FileFingerprint file) {
        MediaInfo media;
        try {
            media = probe.probe(detection.file());
        } catch (ProbeFailed e) {
            return skip(file.path(), "unreadable", e.getMessage());
        }
        Decision decision = policy.decide(new Candidate(file.path(), media, detection.requestedProfile()));
        return switch (decision) {
            case Decision.Skip skip -> skip(file.path(), skip.reason(), skip.detail());
            case Decision.Remux remux ->
                queue(detection, file, media, Plan.REMUX, "remux", "any", remux.container(), remux.reason(), null);
            case Decision.Transcode transcode ->
                queue(
                        detection,
                        file,
                        media,
                        Plan.TRANSCODE,
                        transcode.profile().wireName(),
                        transcode.profile().encoderFamily(),
                        dispatcher.targetContainer(),
                        transcode.reason(),
                        transcode.quality());
        };
    }

    private PlanOutcome skip(String path, String reason, String detail) {
        events.announce(new TranscodeSkipped(path, reason, detail));
        return new Skipped(reason, detail);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private PlanOutcome queue(
            Detection detection,
            FileFingerprint file,
            MediaInfo media,
            Plan plan,
            String profile,
            String encoder,
            String container,
            String reason,
            QualityReport.Target quality) {
        RunTranscode job = new RunTranscode(
                UUID.randomUUID(),
                file.path(),
                profile,
                plan,
                encoder,
                container,
                source(file, media),
                detection.arrItem(),
                quality);
        dispatcher.dispatch(job);
        events.announce(new TranscodeRequested(job.jobId(), job.path(), profile, plan, reason));
        return new Queued(job);
    }

    private static SourceMedia source(FileFingerprint file, MediaInfo media) {
        return new SourceMedia(
                file.sizeBytes(),
                Instant.ofEpochMilli(file.modifiedMillis()),
                media.formatName(),
                media.videoCodec(),
                media.bitDepth(),
                media.durationSeconds(),
                media.picture().width(),
                media.picture().height());
    }

    private static FileFingerprint fingerprint(Detection detection) {
        try {
            return FileFingerprint.of(detection.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + detection.file(), e);
        }
    }
}
