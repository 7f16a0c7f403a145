package io.arrflow.prober.state;

import io.arrflow.model.Envelope;
import io.arrflow.model.HealthMessage;
import io.arrflow.platform.messaging.PublishFailed;
import io.arrflow.platform.messaging.UnreadableMessage;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records each step and publishes its transitions on {@code arrflow.events}. A transition is first
 * stored with its status, then published and forgotten, so neither a restart nor a broker outage
 * loses it; unpublished ones go out, in order, at the next round. Transitions are announced: a stack
 * without alert-bridge has no subscriber for them, and that is not a reason to hold them for ever.
 */
public final class Announcer {

    private static final Logger log = LoggerFactory.getLogger(Announcer.class);

    private final StateStore store;
    private final HealthAnnouncements announcements;
    private final String source;

    public Announcer(StateStore store, HealthAnnouncements announcements, String source) {
        this.store = store;
        this.announcements = announcements;
        this.source = source;
    }

    public void record(List<Step> steps) {
        for (Step step : steps) {
            List<Envelope> envelopes = step.events().stream()
                    .map(event -> Envelope.of(event, source))
                    .toList();
            store.save(step.status(), envelopes);
            step.events().forEach(Announcer::logTransition);
        }
        publishPending();
    }

    /**
     * Publishes what is still in the outbox; stops at the first failure (broker unreachable, nack, no
     * confirm) and tries again next round. A transition no queue subscribes to is published all the same.
     */
    public void publishPending() {
        Optional<Envelope> next = nextReadable();
        while (next.isPresent()) {
            Envelope envelope = next.get();
            try {
                announcements.announce(envelope);
            } catch (PublishFailed e) {
                log.warn(
                        "transition {} {} kept for the next round: {}", envelope.type(), envelope.id(), e.getMessage());
                return;
            }
            store.published();
            next = nextReadable();
        }
    }

    /** Skips an outbox entry that cannot be read (written by an incompatible version), once, with a warning. */
    private Optional<Envelope> nextReadable() {
        while (true) {
            try {
                return store.nextUnpublished();
            } catch (UnreadableMessage e) {
                log.warn("dropped an unreadable transition from the outbox: {}", e.getMessage());
                store.published();
            }
        }
    }

    private static void logTransition(HealthMessage event) {
        log.info("{}: {}", event.target(), event.getClass().getSimpleName());
    }
}
