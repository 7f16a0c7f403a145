package io.arrflow.prober.probe.adapter;

import io.arrflow.model.Envelope;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.prober.state.HealthAnnouncements;

/** {@link HealthAnnouncements} on {@code arrflow.events}, confirmed; a stack without a subscriber is fine. */
public record PublishedHealthAnnouncements(MessagePublisher publisher) implements HealthAnnouncements {

    @Override
    public void announce(Envelope transition) {
        publisher.announce(transition);
    }
}
