package io.arrflow.rotator.rotation;

import io.arrflow.model.Envelope;
import io.arrflow.model.SecretMessage;
import io.arrflow.platform.messaging.PublishFailed;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the stack how a rotation ended. A new key must reach whoever holds the old one, so it is
 * delivered; a failure is announced. The rotation is over either way: a message that does not go out
 * is reported once, here, and consumers still follow the secret file.
 */
public final class RotationReports {

    private static final Logger log = LoggerFactory.getLogger(RotationReports.class);

    private final RotationMessages messages;

    public RotationReports(RotationMessages messages) {
        this.messages = messages;
    }

    public void report(RotationOutcome outcome, Optional<Envelope> cause) {
        RotationEvents.of(outcome).ifPresent(event -> send(event, cause));
    }

    private void send(SecretMessage event, Optional<Envelope> cause) {
        try {
            if (event instanceof SecretMessage.SecretRotated) {
                messages.deliver(event, cause);
            } else {
                messages.announce(event, cause);
            }
        } catch (PublishFailed e) {
            log.warn("{} about {} not published: {}", event.getClass().getSimpleName(), event.name(), e.getMessage());
        }
    }
}
