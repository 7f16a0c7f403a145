package io.arrflow.prober.secrets;

import io.arrflow.model.Envelope;
import io.arrflow.model.SecretMessage;
import io.arrflow.platform.messaging.EnvelopeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reloads an arr API key when secrets-rotator announces its rotation. */
final class SecretRotations implements EnvelopeHandler {

    private static final Logger log = LoggerFactory.getLogger(SecretRotations.class);
    private final ApiKeys keys;

    SecretRotations(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void handle(Envelope envelope) {
        if (!(envelope.payload() instanceof SecretMessage message)) {
            return;
        }
        switch (message) {
            case SecretMessage.SecretRotated rotated -> reload(rotated);
            case SecretMessage.RotateSecret ignored -> {}
            case SecretMessage.SecretRotationFailed ignored -> {}
        }
    }

    private void reload(SecretMessage.SecretRotated rotated) {
        if (keys.reload(rotated.name())) {
            log.info("reloaded {} (version {}) after its rotation", rotated.name(), rotated.version());
        }
    }
}
