package io.arrflow.worker.job;

import io.arrflow.model.QualityReport;
import io.arrflow.worker.quality.CrfProbe;
import io.arrflow.worker.quality.CrfRange;
import io.arrflow.worker.quality.CrfSearch;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.QualityTarget;
import io.arrflow.worker.quality.SearchResult;
import io.arrflow.worker.quality.SizeModel;
import java.util.Locale;

/** A finished search: its result, what each probe predicts for the file, and its figures for status and events. */
record SampleSearch(SearchResult result, QualityTarget target, SizeModel sizes, String metric, double seconds) {

    boolean found() {
        return result instanceof SearchResult.Found;
    }

    /** The CRF the full encode uses; only when {@link #found()}. */
    int crf() {
        return ((SearchResult.Found) result).chosen().crf();
    }

    long predictedBytes() {
        return sizes.predict(chosenOrBest());
    }

    /** The CRF a full output that missed the target by {@code shortfall} is encoded again at. */
    int lowered(int crf, double shortfall, CrfRange range) {
        return CrfSearch.lowered(crf, shortfall, CrfSearch.slope(result.probes(), target), range);
    }

    /** Why no CRF will do, with the closest the samples came. */
    String unreachableReason(String range) {
        CrfProbe best = chosenOrBest();
        return String.format(
                Locale.ROOT,
                "quality-unreachable: no CRF in %s reaches %s %s; the samples came closest at CRF %d with %s",
                range,
                metric,
                describe(target),
                best.crf(),
                describe(best.scores()));
    }

    QualityReport report() {
        return new QualityReport(
                metric,
                new QualityReport.Target(target.mean(), target.p5()),
                found() ? crf() : null,
                result.probes().stream()
                        .map(p -> new QualityReport.Sample(p.crf(), scores(p.scores()), sizes.predict(p)))
                        .toList(),
                predictedBytes(),
                null,
                seconds,
                0);
    }

    static QualityReport.Scores scores(QualityScores s) {
        return new QualityReport.Scores(s.mean(), s.p5(), s.min(), s.frames());
    }

    static String describe(QualityTarget t) {
        return String.format(Locale.ROOT, "mean %.1f / 5th percentile %.1f", t.mean(), t.p5());
    }

    static String describe(QualityScores s) {
        return String.format(Locale.ROOT, "mean %.1f / 5th percentile %.1f / worst %.1f", s.mean(), s.p5(), s.min());
    }

    private CrfProbe chosenOrBest() {
        return switch (result) {
            case SearchResult.Found f -> f.chosen();
            case SearchResult.Unreachable u -> u.best();
        };
    }
}
