package io.arrflow.transcode.jobs;

import io.arrflow.model.QualityReport;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The shared book of transcode jobs: library-watcher queues, cancels and retargets them, transcode-worker
 * claims and ends them, health-prober reads them. Every change is one atomic step that follows
 * {@link JobState}'s table: a rename cannot land on a job a worker has just claimed.
 */
public interface JobRegistry {

    /** Records a new job as QUEUED and pending for its path; false when the job is already known. */
    boolean queued(RunTranscode job);

    Optional<UUID> pendingJobFor(String path);

    Optional<JobStatus> status(UUID jobId);

    /** Cancels a job no worker has started yet; false when it is running or finished. */
    boolean cancel(UUID jobId, String reason);

    /** A queued job follows its file to a new path; false when it is no longer queued. */
    boolean retarget(UUID jobId, String newPath);

    /**
     * A worker takes a job; false when it was cancelled or has finished, so a redelivered job is not done
     * twice. A job found RUNNING or VERIFYING (its worker died) may be claimed again.
     */
    boolean claim(UUID jobId, String worker, String encoder);

    /** The encode's progress, kept while the job is RUNNING; false (and nothing written) otherwise. */
    boolean progress(UUID jobId, EncodeProgress progress);

    /** The quality figures of a RUNNING or VERIFYING job (samples, then the gate's); false otherwise. */
    boolean quality(UUID jobId, QualityReport report);

    /** RUNNING → VERIFYING; {@link IllegalJobTransition} from any other state. */
    void verifying(UUID jobId);

    /**
     * Records a job's end; its status is then kept for a while and expires. The counters (outcomes, bytes
     * saved) move once per job, however often its end is recorded. Recording the same end again changes
     * nothing; any other move the table lacks is an {@link IllegalJobTransition}.
     */
    void finished(UUID jobId, Ending ending);

    List<JobStatus> active();

    Map<JobState, Long> outcomeCounts();

    long bytesSaved();
}
