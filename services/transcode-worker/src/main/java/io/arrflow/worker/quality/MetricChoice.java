package io.arrflow.worker.quality;

import io.arrflow.worker.WorkerProperties.MetricSelection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Which metric scores this worker's outputs, and why: the start-up log says it.
 *
 * @param vmaf VMAF when true, SSIM on VMAF's scale otherwise
 */
public record MetricChoice(boolean vmaf, String reason) {

    /**
     * Decides from what was configured and from what is wrong with the VMAF installation, if anything (asked
     * only when VMAF is a candidate: the check runs ffmpeg).
     *
     * @throws IllegalStateException when VMAF was asked for explicitly and cannot run: a worker must not
     *     quietly judge with another metric than its operator chose
     */
    public static MetricChoice of(MetricSelection selection, Supplier<Optional<String>> vmafCheck) {
        Optional<String> vmafProblem = selection == MetricSelection.SSIM ? Optional.empty() : vmafCheck.get();
        return switch (selection) {
            case SSIM -> new MetricChoice(false, "configured");
            case VMAF -> {
                if (vmafProblem.isPresent()) {
                    throw new IllegalStateException("quality metric vmaf is configured, but " + vmafProblem.get());
                }
                yield new MetricChoice(true, "configured");
            }
            case AUTO ->
                vmafProblem
                        .map(problem -> new MetricChoice(false, "auto: VMAF is not available, " + problem))
                        .orElseGet(() -> new MetricChoice(true, "auto: the VMAF ffmpeg and its model are there"));
        };
    }

    public String metric() {
        return vmaf ? "vmaf" : "ssim";
    }
}
