package io.arrflow.watcher.jobs;

import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.transcode.jobs.Ending;
import io.arrflow.transcode.jobs.JobRegistry;

/**
 * Puts a job on the worker queue of its encoder family. The job is registered as QUEUED first (so a
 * fast worker can claim it), then sent with a confirm; a job that was not sent is marked FAILED.
 */
class JobDispatcher {

    private final JobRegistry registry;
    private final WorkQueue queue;
    private final String targetContainer;

    JobDispatcher(JobRegistry registry, WorkQueue queue, String targetContainer) {
        this.registry = registry;
        this.queue = queue;
        this.targetContainer = targetContainer;
    }

    void dispatch(RunTranscode job) {
        registry.queued(job);
        try {
            queue.send(job);
        } catch (RuntimeException e) {
            registry.finished(job.jobId(), Ending.failed("not queued: " + e.getMessage(), 0));
            throw e;
        }
    }

    String targetContainer() {
        return targetContainer;
    }
}
