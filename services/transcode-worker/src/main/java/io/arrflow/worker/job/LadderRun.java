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

    LadderRun(
            Encoder encoder,
            Verifier verifier,
            Capabilities capabilities,
            JobRegistry registry,
            JobEvents events,
            String worker) {
        this.encoder = encoder;
        this.verifier = verifier;
        this.capabilities = capabilities;
        this.registry = registry;
        this.events = events;
        this.worker = worker;
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
            Optional<LadderResult> result = attempt(ctx, spec, name, attempt, expected, history, progress);
            if (result.isPresent()) {
                return result.get();
            }
        }
        return new LadderResult.Exhausted(history);
    }

    private Optional<LadderResult> attempt(
            JobContext ctx,
            EncodeSpec spec,
            String name,
            int attempt,
            Expectation expected,
            List<String> history,
            Consumer<Progress> progress) {
        registry.claim(ctx.id(), worker, name);
        events.announce(ctx.envelope(), new TranscodeStarted(ctx.id(), ctx.jobPath(), worker, name, attempt));
        Attempt outcome = encoder.run(spec, progress);
        if (outcome instanceof Attempt.Failed failed) {
            return next(ctx, spec, history, failed.reason());
        }
        Attempt.Encoded encoded = (Attempt.Encoded) outcome;
        registry.verifying(ctx.id());
        Verdict verdict = verifier.verify(spec.output(), expected);
        return switch (verdict) {
            case Verdict.Verified v -> {
                history.add(spec.rung().describe() + " (" + name + "): verified");
                yield Optional.of(new LadderResult.Verified(
                        name, v.outputBytes(), encoded.seconds(), encoded.meanFps(), history));
            }
            case Verdict.NotBeneficial n ->
                Optional.of(new LadderResult.TooLarge(name, n.outputBytes(), n.reason(), history));
            case Verdict.Rejected r -> next(ctx, spec, history, "output rejected: " + r.reason());
        };
    }

    private static Optional<LadderResult> next(JobContext ctx, EncodeSpec spec, List<String> history, String reason) {
        String line = spec.rung().describe() + ": " + reason;
        history.add(line);
        log.warn("job {} ({}): rung failed: {}", ctx.id(), spec.source(), line);
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

    private static void delete(Path output) {
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
