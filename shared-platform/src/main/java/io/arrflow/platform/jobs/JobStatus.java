package io.arrflow.platform.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A job's shared status, read back from its Redis hash. */
public record JobStatus(
        UUID jobId,
        JobState state,
        String path,
        String profile,
        String encoder,
        String worker,
        double percent,
        double fps,
        double speed,
        long etaSeconds,
        long sourceBytes,
        long outputBytes,
        String reason,
        Instant updatedAt) {

    static JobStatus fromHash(UUID jobId, Map<Object, Object> hash) {
        return new JobStatus(
                jobId,
                JobState.valueOf(text(hash, "state", "QUEUED")),
                text(hash, "path", ""),
                text(hash, "profile", ""),
                text(hash, "encoder", ""),
                text(hash, "worker", ""),
                Double.parseDouble(text(hash, "percent", "0")),
                Double.parseDouble(text(hash, "fps", "0")),
                Double.parseDouble(text(hash, "speed", "0")),
                Long.parseLong(text(hash, "etaSeconds", "0")),
                Long.parseLong(text(hash, "sourceBytes", "0")),
                Long.parseLong(text(hash, "outputBytes", "0")),
                text(hash, "reason", ""),
                Instant.ofEpochMilli(Long.parseLong(text(hash, "updatedAt", "0"))));
    }

    private static String text(Map<Object, Object> hash, String field, String fallback) {
        Object value = hash.get(field);
        return value == null ? fallback : value.toString();
    }
}
