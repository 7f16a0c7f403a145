package io.arrflow.worker.job;

import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.paths.PathMapper;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.worker.swap.Journal;
import io.arrflow.worker.swap.Journals;
import io.arrflow.worker.swap.Leftover;
import io.arrflow.worker.swap.Recovery;
import io.arrflow.worker.swap.SafeSwap;
import io.arrflow.worker.swap.SwapPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes an output and puts it in the original's place: journal, ladder, verification, swap. Temp
 * files never outlive the job, whatever its outcome; an abort leaves the journal to nobody (removed)
 * and the original untouched.
 */
final class Replacement {

    private final LadderRun ladder;
    private final SafeSwap swap;
    private final Journals journals;
    private final TempPlacement temp;
    private final Outcomes outcomes;
    private final Completions completions;
    private final PathMapper paths;
    private final Function<JobContext, ProgressReporter> progress;
    private final Recovery recovery;

    Replacement(
            LadderRun ladder,
            SafeSwap swap,
            Journals journals,
            TempPlacement temp,
            Outcomes outcomes,
            Completions completions,
            PathMapper paths,
            Function<JobContext, ProgressReporter> progress,
            Recovery recovery) {
        this.ladder = ladder;
        this.swap = swap;
        this.journals = journals;
        this.temp = temp;
        this.outcomes = outcomes;
        this.completions = completions;
        this.paths = paths;
        this.progress = progress;
        this.recovery = recovery;
    }

    JobOutcome replace(JobContext ctx, MediaInfo media, boolean transcode) throws IOException {
        Path target = SwapPaths.target(ctx.file(), ctx.container());
        if (!target.equals(ctx.file()) && Files.exists(target)) {
            return outcomes.failed(ctx, TranscodeJob.failure("the output's path is taken by another file: " + target));
        }
        Path scratch = temp.scratchFor(ctx.id());
        Optional<String> noRoom = temp.spaceProblem(ctx.file(), media.sizeBytes(), scratch);
        if (noRoom.isPresent()) {
            return outcomes.failed(ctx, TranscodeJob.failure(noRoom.get()));
        }
        FileFingerprint before = FileFingerprint.of(ctx.file());
        Journal journal = Journal.encoding(ctx.id(), ctx.file(), target, scratch);
        journals.save(journal);
        LadderResult result;
        try {
            Path output = scratch == null ? journal.temp() : scratch;
            result = ladder.run(ctx, media, transcode, output, progress.apply(ctx));
            if (result instanceof LadderResult.Verified) {
                swap.bringBeside(journal);
            }
        } catch (RuntimeException e) {
            abandon(journal);
            throw e;
        }
        return switch (result) {
            case LadderResult.Verified v ->
                changedSince(before, ctx) ? discardStale(ctx, journal) : swapIn(ctx, journal, media, v);
            case LadderResult.TooLarge t -> {
                abandon(journal);
                yield outcomes.notBeneficial(
                        ctx, new JobOutcome.NotBeneficial(t.encoder(), media.sizeBytes(), t.outputBytes(), t.reason()));
            }
            case LadderResult.Unreachable u -> {
                abandon(journal);
                yield outcomes.notBeneficial(
                        ctx,
                        new JobOutcome.NotBeneficial(u.encoder(), media.sizeBytes(), u.predictedBytes(), u.reason()));
            }
            case LadderResult.BelowTarget b -> {
                abandon(journal);
                yield outcomes.failed(ctx, new JobOutcome.Failed(b.reason(), b.history()));
            }
            case LadderResult.Exhausted e -> {
                abandon(journal);
                yield outcomes.failed(ctx, new JobOutcome.Failed(e.reason(), e.history()));
            }
        };
    }

    private JobOutcome swapIn(JobContext ctx, Journal journal, MediaInfo media, LadderResult.Verified v) {
        Journal swapping = journal.swapping(new Journal.Completion(
                ctx.jobPath(),
                paths.toForeign(journal.target().toString()),
                v.encoder(),
                media.sizeBytes(),
                v.outputBytes(),
                v.seconds(),
                Completions.arrItem(ctx.job().arrItem()),
                v.summary()));
        try {
            swap.swap(swapping);
        } catch (RuntimeException e) {
            // put the files back in a consistent state now rather than at the next start-up
            if (!(recovery.resolve(swapping) instanceof Leftover.RolledForward)) {
                throw e;
            }
        }
        swap.releaseOriginal(swapping);
        completions.complete(swapping, ctx.envelope());
        return new JobOutcome.Replaced(v.encoder(), media.sizeBytes(), v.outputBytes(), v.seconds(), v.fps());
    }

    /** The arr app may upgrade a file, or another worker may replace it, while this encode runs. */
    private static boolean changedSince(FileFingerprint before, JobContext ctx) throws IOException {
        return !Files.exists(ctx.file()) || !FileFingerprint.of(ctx.file()).equals(before);
    }

    private JobOutcome discardStale(JobContext ctx, Journal journal) {
        abandon(journal);
        return outcomes.failed(
                ctx, TranscodeJob.failure("the file changed while it was encoded; the output was discarded"));
    }

    private void abandon(Journal journal) {
        SafeSwap.discard(journal);
        journals.delete(journal.jobId());
    }
}
