package io.arrflow.rotator.rotation.adapter;

import io.arrflow.model.Envelope;
import io.arrflow.model.SecretMessage;
import io.arrflow.model.SecretMessage.RotateSecret;
import io.arrflow.platform.messaging.EnvelopeHandler;
import io.arrflow.platform.messaging.InvalidMessage;
import io.arrflow.rotator.rotation.UnknownApp;
import java.util.Optional;

/** Handles what arrives on {@code arrflow.secrets.commands}: {@code RotateSecret}, nothing else. */
public final class RotateSecretCommands implements EnvelopeHandler {

    private final RotationService rotations;

    public RotateSecretCommands(RotationService rotations) {
        this.rotations = rotations;
    }

    @Override
    public void handle(Envelope envelope) {
        if (!(envelope.payload() instanceof SecretMessage secret)) {
            throw new InvalidMessage(envelope.type() + " is not a secret command");
        }
        switch (secret) {
            case RotateSecret command -> rotate(command, envelope);
            case SecretMessage.SecretRotated ignored -> throw notACommand(envelope);
            case SecretMessage.SecretRotationFailed ignored -> throw notACommand(envelope);
        }
    }

    private void rotate(RotateSecret command, Envelope envelope) {
        if (command.name() == null || command.name().isBlank()) {
            throw new InvalidMessage("RotateSecret needs a name, e.g. sonarr-api-key");
        }
        try {
            String reason = command.reason() == null ? "command" : "command: " + command.reason();
            rotations.rotate(command.name(), reason, Optional.of(envelope));
        } catch (UnknownApp e) {
            throw new InvalidMessage(e.getMessage());
        }
    }

    private static InvalidMessage notACommand(Envelope envelope) {
        return new InvalidMessage(envelope.type() + " is an event, not a command");
    }
}
