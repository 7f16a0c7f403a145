package io.arrflow.transcode.jobs;

import java.time.Instant;
import java.util.UUID;

/** A job's shared status: where it stands, on which file, and how far its encode got. */
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
        Instant updatedAt) {}
