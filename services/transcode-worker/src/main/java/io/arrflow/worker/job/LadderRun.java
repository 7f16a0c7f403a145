package io.arrflow.worker.job;

import io.arrflow.model.TranscodeMessage.TranscodeStarted;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamKind;
import io.arrflow.worker.encode.Attempt;
import io.arrflow.worker.encode.EncodeSpec;
import io.arrflow.worker.encode.Encoder;
import io.arrflow.worker.encode.Ladder;
import io.arrflow.worker.encode.Progress;
import io.arrflow.worker.encode.Rung;
import io.arrflow.worker.encode.StreamPlan;
import io.arrflow.worker.hardware.Capabilities;
import io.arrflow.worker.verify.Expectation;
import io.arrflow.worker.verify.Verdict;
import io.arrflow.worker.verify.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Climbs down the ladder until an output passes verification: each rung encodes, the output is
 * verified, and a failure of either is recorded before the next rung is tried.
 */
final class LadderRun {

    private static final Logger log = LoggerFactory.getLogger(LadderRun.class);
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    private final Encoder encoder;
    private final Verifier verifier;
    private final Capabilities capabilities;
    private final JobRegistry registry;
    private final JobEvents events;
    private final String worker;
    private final TargetedRung targeted;

    /** {@code quality} null: outputs are encoded at the profile's CRF and not scored. */
    LadderRun(
            Encoder encoder,
            Verifier verifier,
            Capabilities capabilities,
            JobRegistry registry,
            JobEvents events,
            String worker,
            QualityControl quality) {
        this.encoder = encoder;
        this.verifier = verifier;
        this.capabilities = capabilities;
        this.registry = registry;
        this.events = events;
        this.worker = worker;
        this.targeted = quality == null ? null : new TargetedRung(quality, registry, this::encodeAndVerify);
    }

    /** One rung's attempt: the job, the encoder's name, what a good output looks like, the history so far. */
    record RungAttempt(
            JobContext ctx, String name, Expectation expected, List<String> history, Consumer<Progress> progress) {}

    /** Encodes and verifies one spec; empty when the rung failed (recorded) and the ladder goes on. */
    @FunctionalInterface
    interface Step {
        Optional<LadderResult> run(RungAttempt attempt, EncodeSpec spec);
    }

    LadderResult run(JobContext ctx, MediaInfo media, boolean transcode, Path output, Consumer<Progress> progress) {
        StreamPlan streams = StreamPlan.of(media, ctx.container(), transcode);
        Ladder ladder = transcode
                ? Ladder.plan(ctx.job().encoder(), ctx.profile(), capabilities)
                : new Ladder(List.of(Rung.SOFTWARE), List.of());
        List<String> history = new ArrayList<>(ladder.notes());
        history.addAll(streams.changes());
        streams.changes().forEach(change -> log.info("job {}: {}", ctx.id(), change));
        Expectation expected = expectation(media, streams, transcode, ctx);
        int attempt = 0;
        for (Rung rung : ladder.rungs()) {
            attempt++;
            String name = transcode ? ctx.profile().encoderFor(rung.family()) : "copy";
            EncodeSpec spec = new EncodeSpec(
                    ctx.file(),
                    output,
                    ctx.container(),
                    media,
                    streams,
                    ctx.profile(),
                    rung,
                    capabilities.renderNode(),
                    PROCESSORS);
            registry.claim(ctx.id(), worker, name);
            events.announce(ctx.envelope(), new TranscodeStarted(ctx.id(), ctx.jobPath(), worker, name, attempt));
            RungAttempt run = new RungAttempt(ctx, name, expected, history, progress);
            Optional<LadderResult> result =
                    targeted != null && transcode ? targeted(run, spec) : encodeAndVerify(run, spec);
            if (result.isPresent()) {
                return result.get();
            }
        }
        return new LadderResult.Exhausted(history);
    }

    /** A hardware rung proves itself on one frame before its samples are encoded. */
    private Optional<LadderResult> targeted(RungAttempt run, EncodeSpec spec) {
        Optional<String> trial = encoder.trialProblem(spec);
        return trial.isPresent() ? next(run, spec, trial.get()) : targeted.attempt(run, spec);
    }

    private Optional<LadderResult> encodeAndVerify(RungAttempt run, EncodeSpec spec) {
        // back to RUNNING when an output under the quality target is encoded again after its verification
        registry.claim(run.ctx().id(), worker, run.name());
        Attempt outcome = encoder.run(spec, run.progress());
        if (outcome instanceof Attempt.Failed failed) {
            return next(run, spec, failed.reason());
        }
        Attempt.Encoded encoded = (Attempt.Encoded) outcome;
        registry.verifying(run.ctx().id());
        Verdict verdict = verifier.verify(spec.output(), run.expected());
        return switch (verdict) {
            case Verdict.Verified v -> {
                run.history().add(spec.rung().describe() + " (" + run.name() + "): verified");
                yield Optional.of(new LadderResult.Verified(
                        run.name(), v.outputBytes(), encoded.seconds(), encoded.meanFps(), run.history()));
            }
            case Verdict.NotBeneficial n ->
                Optional.of(new LadderResult.TooLarge(run.name(), n.outputBytes(), n.reason(), run.history()));
            case Verdict.Rejected r -> next(run, spec, "output rejected: " + r.reason());
        };
    }

    /** Records a rung's failure and removes what it wrote; the ladder goes on. */
    static Optional<LadderResult> next(RungAttempt run, EncodeSpec spec, String reason) {
        String line = spec.rung().describe() + ": " + reason;
        run.history().add(line);
        log.warn("job {} ({}): rung failed: {}", run.ctx().id(), spec.source(), line);
        delete(spec.output());
        return Optional.empty();
    }

    private static Expectation expectation(MediaInfo media, StreamPlan streams, boolean transcode, JobContext ctx) {
        String codec = transcode
                ? ctx.profile().codec()
                : media.mainVideo().orElseThrow().codec();
        return new Expectation(
                codec,
                media.durationSeconds(),
                streams.expectedCount(StreamKind.AUDIO),
                streams.expectedCount(StreamKind.SUBTITLE),
                media.sizeBytes(),
                transcode);
    }

    static void delete(Path output) {
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
