package io.arrflow.worker.bench;

import io.arrflow.model.QualityReport;
import io.arrflow.model.QualityReport.Scores;
import java.nio.file.Path;

/**
 * What one contender made of one corpus file.
 *
 * @param result REPLACED, NOT_BENEFICIAL … for arrflow; "encoded" for the baseline
 * @param bytes what the library holds afterwards: the output, or the original where it was kept
 * @param seconds wall time of this file, search and gate included
 * @param quality arrflow's own report (search and gate); null for the baseline
 * @param output a new encode, to be scored against {@code source}; null where the video was not re-encoded
 * @param vmaf the benchmark's own VMAF of {@code output} over every frame; null until {@link #scored()}
 */
record Outcome(
        String result,
        String reason,
        long bytes,
        double seconds,
        QualityReport quality,
        Path output,
        Path source,
        Scores vmaf) {

    boolean reEncoded() {
        return output != null;
    }

    /** This outcome with its output scored (the slow part, left out of the timed runs). */
    Outcome scored() {
        Scores scores = reEncoded() ? Bench.vmafOfWholeFile(output, source) : null;
        return new Outcome(result, reason, bytes, seconds, quality, output, source, scores);
    }

    /** Under the goal's line: mean under the target, or 5th percentile more than 5 under it. */
    boolean misses(QualityReport.Target target) {
        return reEncoded() && (vmaf.mean() < target.mean() || vmaf.p5() < target.mean() - 5);
    }

    double searchSeconds() {
        return quality == null ? 0 : quality.searchSeconds();
    }

    double gateSeconds() {
        return quality == null ? 0 : quality.gateSeconds();
    }

    String crf() {
        return quality == null || quality.crf() == null ? "-" : String.valueOf(quality.crf());
    }
}
