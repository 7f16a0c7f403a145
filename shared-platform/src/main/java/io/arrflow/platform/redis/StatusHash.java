package io.arrflow.platform.redis;

import io.arrflow.model.QualityReport;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Reads a job's Redis hash back into its {@link JobStatus}. */
final class StatusHash {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StatusHash() {}

    static String json(QualityReport report) {
        return JSON.writeValueAsString(report);
    }

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
                Instant.ofEpochMilli(Long.parseLong(text(hash, "updatedAt", "0"))),
                quality(hash));
    }

    private static QualityReport quality(Map<Object, Object> hash) {
        Object json = hash.get("quality");
        return json == null ? null : JSON.readValue(json.toString(), QualityReport.class);
    }

    private static String text(Map<Object, Object> hash, String field, String fallback) {
        Object value = hash.get(field);
        return value == null ? fallback : value.toString();
    }
}
