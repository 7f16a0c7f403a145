package io.arrflow.watcher.jobs;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.platform.jobs.JobRegistry;
import io.arrflow.platform.jobs.JobState;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.messaging.PublishFailed;
import io.arrflow.platform.messaging.Topology;

/**
 * Puts a job on the worker queue of its encoder family. The job is registered as QUEUED first (so a
 * fast worker can claim it), then published with a confirm; an unconfirmed job is marked FAILED.
 */
class JobDispatcher {

    private final JobRegistry registry;
    private final MessagePublisher publisher;
    private final String source;
    private final String targetContainer;

    JobDispatcher(JobRegistry registry, MessagePublisher publisher, String source, String targetContainer) {
        this.registry = registry;
        this.publisher = publisher;
        this.source = source;
        this.targetContainer = targetContainer;
    }

    void dispatch(RunTranscode job) {
        registry.queued(job);
        try {
            publisher.publish(Topology.JOBS, job.encoder(), Envelope.of(job, source));
        } catch (PublishFailed e) {
            registry.finished(job.jobId(), JobState.FAILED, "not queued: " + e.getMessage(), 0, 0);
            throw e;
        }
    }

    String targetContainer() {
        return targetContainer;
    }
}
