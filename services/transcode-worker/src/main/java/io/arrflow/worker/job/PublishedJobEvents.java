package io.arrflow.worker.job;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.Envelope;
import io.arrflow.platform.messaging.MessagePublisher;

/** {@link JobEvents} through the platform's publisher: announcements as they go, completions confirmed. */
final class PublishedJobEvents implements JobEvents {

    private final MessagePublisher publisher;

    PublishedJobEvents(MessagePublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void announce(Envelope cause, ArrflowMessage event) {
        publisher.announce(cause, event);
    }

    @Override
    public void publish(Envelope cause, ArrflowMessage event) {
        if (cause == null) {
            publisher.publishEvent(event);
        } else {
            publisher.publishEvent(cause, event);
        }
    }
}
