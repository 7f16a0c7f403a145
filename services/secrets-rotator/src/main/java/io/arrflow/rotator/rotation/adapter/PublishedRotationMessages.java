package io.arrflow.rotator.rotation.adapter;

import io.arrflow.model.Envelope;
import io.arrflow.model.SecretMessage;
import io.arrflow.model.SecretMessage.RotateSecret;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.rotator.rotation.RotationMessages;
import java.util.Optional;

/** {@link RotationMessages}: events on {@code arrflow.events}, commands on {@code arrflow.secrets.commands}. */
public record PublishedRotationMessages(MessagePublisher publisher) implements RotationMessages {

    static final String SOURCE = "secrets-rotator";

    @Override
    public void deliver(SecretMessage event, Optional<Envelope> cause) {
        cause.ifPresentOrElse(c -> publisher.publishEvent(c, event), () -> publisher.publishEvent(event));
    }

    @Override
    public void announce(SecretMessage event, Optional<Envelope> cause) {
        cause.ifPresentOrElse(c -> publisher.announce(c, event), () -> publisher.announce(event));
    }

    @Override
    public Envelope queue(RotateSecret command) {
        return publisher.publish("", Topology.SECRET_COMMANDS, Envelope.of(command, SOURCE));
    }
}
