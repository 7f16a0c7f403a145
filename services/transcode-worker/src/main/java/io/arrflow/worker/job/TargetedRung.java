package io.arrflow.worker.job;

import io.arrflow.model.QualityReport;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.worker.encode.EncodeSpec;
import io.arrflow.worker.quality.CrfRange;
import io.arrflow.worker.quality.QualityMeasurementFailed;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.QualityTarget;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rung of the ladder with a quality target: search the CRF on samples, give up early when no CRF reaches
 * the target or the predicted output is too large, encode at the CRF found, then gate the output. An output
 * under the target is encoded once more at a CRF lowered by its shortfall; after a hardware decode, the next
 * rung (software decode) is tried instead, since a decoder that corrupts frames shows as a missed target.
 */
final class TargetedRung {

    private static final Logger log = LoggerFactory.getLogger(TargetedRung.class);

    private final QualityControl quality;
    private final JobRegistry registry;
    private final LadderRun.Step encodeAndVerify;

    TargetedRung(QualityControl quality, JobRegistry registry, LadderRun.Step encodeAndVerify) {
        this.quality = quality;
        this.registry = registry;
        this.encodeAndVerify = encodeAndVerify;
    }

    Optional<LadderResult> attempt(LadderRun.RungAttempt run, EncodeSpec spec) {
        QualityTarget target = quality.targetOf(run.ctx());
        SampleSearch search;
        try {
            search = quality.searchFor(spec, target);
        } catch (TargetSearch.SampleFailed | QualityMeasurementFailed e) {
            return LadderRun.next(run, spec, "quality search: " + e.getMessage());
        }
        QualityReport report = search.report();
        registry.quality(run.ctx().id(), report);
        CrfRange range = spec.profile().range();
        if (!search.found()) {
            String reason = search.unreachableReason(range.toString());
            run.history().add(spec.rung().describe() + ": " + reason);
            return Optional.of(
                    new LadderResult.Unreachable(run.name(), search.predictedBytes(), reason, run.history()));
        }
        run.history()
                .add(String.format(
                        Locale.ROOT,
                        "quality search: CRF %d meets %s %s (%d sample encodes, %.1f s)",
                        search.crf(),
                        search.metric(),
                        SampleSearch.describe(target),
                        search.result().probes().size(),
                        search.seconds()));
        long predicted = search.predictedBytes();
        if (predicted > quality.sizeRatio() * spec.media().sizeBytes()) {
            String reason = String.format(
                    Locale.ROOT,
                    "predicted output %d bytes at CRF %d is over %.0f%% of the source's %d; not encoded",
                    predicted,
                    search.crf(),
                    quality.sizeRatio() * 100,
                    spec.media().sizeBytes());
            run.history().add(reason);
            return Optional.of(new LadderResult.TooLarge(run.name(), predicted, reason, run.history()));
        }
        return gated(run, withCrf(spec, search.crf()), search, report, true);
    }

    private Optional<LadderResult> gated(
            LadderRun.RungAttempt run, EncodeSpec spec, SampleSearch search, QualityReport report, boolean firstTry) {
        Optional<LadderResult> made = encodeAndVerify.run(run, spec);
        if (made.isEmpty() || !(made.get() instanceof LadderResult.Verified)) {
            return made;
        }
        long started = System.nanoTime();
        QualityScores scores;
        try {
            scores = quality.score(spec);
        } catch (QualityMeasurementFailed e) {
            return LadderRun.next(run, spec, "quality gate: " + e.getMessage());
        }
        int crf = spec.profile().quality();
        QualityReport gatedReport =
                report.withOutput(SampleSearch.scores(scores), crf, (System.nanoTime() - started) / 1e9);
        registry.quality(run.ctx().id(), gatedReport);
        if (scores.meets(search.target())) {
            // before the rung's "verified", which stays last: a job's reason starts with what decided it
            run.history()
                    .add(run.history().size() - 1, "quality gate: " + SampleSearch.describe(scores) + " at CRF " + crf);
            return made;
        }
        String missed = String.format(
                Locale.ROOT,
                "quality gate: the output scored %s %s at CRF %d, under the target %s",
                search.metric(),
                SampleSearch.describe(scores),
                crf,
                SampleSearch.describe(search.target()));
        LadderRun.delete(spec.output());
        return afterMiss(run, spec, search, gatedReport, firstTry, scores, missed);
    }

    private Optional<LadderResult> afterMiss(
            LadderRun.RungAttempt run,
            EncodeSpec spec,
            SampleSearch search,
            QualityReport report,
            boolean firstTry,
            QualityScores scores,
            String missed) {
        if (spec.rung().hardwareDecode()) {
            return LadderRun.next(run, spec, missed + " after a hardware decode; trying a software decode");
        }
        int crf = spec.profile().quality();
        CrfRange range = spec.profile().range();
        if (firstTry && crf > range.min()) {
            int lower = search.lowered(crf, scores.shortfall(search.target()), range);
            run.history().add(missed + "; encoding again at CRF " + lower);
            log.info("job {}: {}; encoding again at CRF {}", run.ctx().id(), missed, lower);
            return gated(run, withCrf(spec, lower), search, report, false);
        }
        run.history().add(missed);
        return Optional.of(new LadderResult.BelowTarget(missed, run.history()));
    }

    private static EncodeSpec withCrf(EncodeSpec spec, int crf) {
        return new EncodeSpec(
                spec.source(),
                spec.output(),
                spec.container(),
                spec.media(),
                spec.streams(),
                spec.profile().withQuality(crf),
                spec.rung(),
                spec.renderNode(),
                spec.processors());
    }
}
