package io.arrflow.watcher.jobs;

import io.arrflow.transcode.jobs.FileFingerprint;
import java.time.Duration;

/**
 * The same file (path + size + mtime), whoever reports it, yields one decision. A report claims the
 * file while it decides (the claim names the report and expires soon, so one whose release was lost
 * to a crash or a Redis outage cannot block the file for long), and marks it done only once the job or
 * the skip is published.
 */
public interface Dedupe {

    /** How long a claim holds: longer than a decision takes (ffprobe and a confirmed publish), short enough to retry past. */
    Duration CLAIM = Duration.ofSeconds(30);

    /** What a report may do with a file. */
    enum Claim {
        /** this report decides the file */
        MINE,
        /** the file was decided already */
        DONE,
        /** another report is deciding it right now; ask again later */
        TAKEN
    }

    Claim claim(FileFingerprint file, String messageId);

    void done(FileFingerprint file);

    /** Lets a retry decide again after a failure. */
    void release(FileFingerprint file, String messageId);

    /** Decided already; a claim in progress does not count (its holder may have died). */
    boolean decided(FileFingerprint file);
}
