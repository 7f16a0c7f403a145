package io.arrflow.prober.stats;

import io.arrflow.prober.queues.QueueDepth;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What {@code /api/stats} answers and the status page shows, rebuilt in the background.
 *
 * @param problems parts that could not be refreshed this time (their last known values are kept)
 */
public record Stats(
        Instant generatedAt,
        List<TargetView> targets,
        List<QueueDepth> queues,
        Transcode transcode,
        List<String> problems) {

    /** A target's state for people: when it entered it, why, and the last probe's evidence. */
    public record TargetView(
            String name,
            String kind,
            String state,
            Instant since,
            String reason,
            Instant checkedAt,
            long latencyMs,
            String blockedBy,
            Instant maintenanceUntil,
            Map<String, String> evidence) {}

    /**
     * Transcode jobs from the shared status: counts, bytes saved and the active jobs' progress.
     *
     * @param damaged jobs whose source was found broken and left as it is (SOURCE_DAMAGED)
     */
    public record Transcode(
            long queued,
            long running,
            long done,
            long failed,
            long cancelled,
            long damaged,
            long bytesSaved,
            List<Job> jobs) {

        public static Transcode none() {
            return new Transcode(0, 0, 0, 0, 0, 0, 0, List.of());
        }
    }

    public record Job(
            String id,
            String path,
            String state,
            String encoder,
            String worker,
            double percent,
            double fps,
            double speed,
            long etaSeconds) {}

    public static Stats empty() {
        return new Stats(Instant.EPOCH, List.of(), List.of(), Transcode.none(), List.of());
    }
}
