package io.arrflow.rotator.rotation;

import io.arrflow.model.Envelope;
import io.arrflow.model.SecretMessage;
import io.arrflow.model.SecretMessage.RotateSecret;
import java.util.Optional;

/**
 * What the rotator tells the stack: outcomes as events, rotations asked for as queued commands. Each
 * returns once the broker has the message and throws {@link io.arrflow.platform.messaging.PublishFailed}
 * otherwise.
 */
public interface RotationMessages {

    /** An event someone must receive: without a subscriber it fails. */
    void deliver(SecretMessage event, Optional<Envelope> cause);

    /** An event for whoever listens; nobody listening is fine. */
    void announce(SecretMessage event, Optional<Envelope> cause);

    /** Queues a rotation for the command consumer; returns the command's envelope. */
    Envelope queue(RotateSecret command);
}
