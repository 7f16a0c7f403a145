package io.arrflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a job learnt about quality: the target, the CRFs its samples were encoded at with their scores, the CRF
 * chosen, and the final output's scores. Scores are on VMAF's 0–100 scale whatever the metric.
 *
 * @param metric vmaf or ssim (mapped onto VMAF's scale)
 * @param crf the CRF (QP for VAAPI) the full encode used; null when the search found none
 * @param predictedBytes the output size the samples predicted at that CRF; null without a search
 * @param output the full output's scores from the gate; null before the gate has run
 * @param searchSeconds time spent encoding and scoring samples
 * @param gateSeconds time spent scoring full outputs
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QualityReport(
        String metric,
        Target target,
        Integer crf,
        List<Sample> samples,
        Long predictedBytes,
        Scores output,
        double searchSeconds,
        double gateSeconds) {

    public QualityReport {
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    /** The scores an output must reach: mean and 5th percentile. */
    public record Target(double mean, double p5) {}

    /** Per-frame scores summarised. */
    public record Scores(double mean, double p5, double min, int frames) {}

    /** The samples encoded at one CRF, scored together, and the file size they predict. */
    public record Sample(int crf, Scores scores, long predictedBytes) {}

    public QualityReport withOutput(Scores scores, int finalCrf, double seconds) {
        return new QualityReport(
                metric, target, finalCrf, samples, predictedBytes, scores, searchSeconds, gateSeconds + seconds);
    }
}
