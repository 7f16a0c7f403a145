package io.arrflow.watcher.webhook.adapter;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.TranscodeMessage.MediaFileDetected;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.watcher.webhook.WebhookEvents;

/** {@link WebhookEvents} on {@code arrflow.events}, with publisher confirms. */
public record PublishedWebhookEvents(MessagePublisher publisher) implements WebhookEvents {

    @Override
    public void detected(MediaFileDetected file) {
        publisher.publishEvent(file);
    }

    @Override
    public void announce(ArrflowMessage fact) {
        publisher.announce(fact);
    }
}
