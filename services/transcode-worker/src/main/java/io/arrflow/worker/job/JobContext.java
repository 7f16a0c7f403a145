package io.arrflow.worker.job;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.worker.encode.Profile;
import java.nio.file.Path;
import java.util.UUID;

/**
 * One job as this worker runs it.
 *
 * @param jobPath the file as the job names it (after a rename: the path in Redis)
 * @param file the same file as this worker sees it (after path mapping)
 */
record JobContext(Envelope envelope, RunTranscode job, String jobPath, Path file, Profile profile, String container) {

    UUID id() {
        return job.jobId();
    }
}
