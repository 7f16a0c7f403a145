package io.arrflow.watcher.webhook;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.TranscodeMessage.MediaFileDetected;
import io.arrflow.platform.messaging.MessagePublisher;

/** {@link WebhookEvents} on {@code arrflow.events}, with publisher confirms. */
record PublishedWebhookEvents(MessagePublisher publisher) implements WebhookEvents {

    @Override
    public void detected(MediaFileDetected file) {
        publisher.publishEvent(file);
    }

    @Override
    public void announce(ArrflowMessage fact) {
        publisher.announce(fact);
    }
}
