package io.arrflow.platform.redis;

import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Reads a job's Redis hash back into its {@link JobStatus}. */
final class StatusHash {

    private StatusHash() {}

    static JobStatus read(UUID jobId, Map<Object, Object> hash) {
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
