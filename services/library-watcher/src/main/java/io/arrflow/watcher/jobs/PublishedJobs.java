package io.arrflow.watcher.jobs;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.messaging.Topology;

/** {@link JobEvents} and the {@link WorkQueue} through the platform's publisher. */
final class PublishedJobs implements JobEvents, WorkQueue {

    private final MessagePublisher publisher;
    private final String source;

    PublishedJobs(MessagePublisher publisher, String source) {
        this.publisher = publisher;
        this.source = source;
    }

    @Override
    public void announce(ArrflowMessage event) {
        publisher.announce(event);
    }

    @Override
    public void publish(ArrflowMessage event) {
        publisher.publishEvent(event);
    }

    @Override
    public void send(RunTranscode job) {
        publisher.publish(Topology.JOBS, job.encoder(), Envelope.of(job, source));
    }
}
