package io.arrflow.transcode.jobs;

import io.arrflow.model.QualityReport;
import java.time.Instant;
import java.util.UUID;

/**
 * A job's shared status: where it stands, on which file, and how far its encode got.
 *
 * @param quality the quality search and gate's figures so far; null before a search or without one
 */
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
        Instant updatedAt,
        QualityReport quality) {}
