package io.arrflow.prober.state;

import io.arrflow.model.Envelope;

/** Where stored health transitions go out to whoever listens (alert-bridge, the record). */
public interface HealthAnnouncements {

    /**
     * Sends one transition and returns once the broker has it. Throws {@link
     * io.arrflow.platform.messaging.PublishFailed} when it could not go out now; the transition then
     * stays in the outbox for the next round.
     */
    void announce(Envelope transition);
}
