package io.arrflow.rotator.rotation;

import io.arrflow.model.Envelope;
import io.arrflow.model.SecretMessage;
import io.arrflow.model.SecretMessage.RotateSecret;
import io.arrflow.platform.messaging.PublishFailed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An in-memory broker for the rotator: what was delivered, announced and queued, and what it refuses. */
public final class RecordedRotationMessages implements RotationMessages {

    public final List<SecretMessage> delivered = new ArrayList<>();
    public final List<SecretMessage> announced = new ArrayList<>();
    public final List<RotateSecret> queued = new ArrayList<>();
    public final List<Optional<Envelope>> causes = new ArrayList<>();
    private Set<String> refused = Set.of();

    /** Publishes about these secret names fail, as with a broker that is down. */
    public RecordedRotationMessages refusing(String... names) {
        refused = Set.of(names);
        return this;
    }

    @Override
    public void deliver(SecretMessage event, Optional<Envelope> cause) {
        check(event);
        causes.add(cause);
        delivered.add(event);
    }

    @Override
    public void announce(SecretMessage event, Optional<Envelope> cause) {
        check(event);
        causes.add(cause);
        announced.add(event);
    }

    @Override
    public Envelope queue(RotateSecret command) {
        check(command);
        queued.add(command);
        return Envelope.of(command, "secrets-rotator");
    }

    private void check(SecretMessage message) {
        if (refused.contains(message.name())) {
            throw new PublishFailed("broker unreachable");
        }
    }
}
