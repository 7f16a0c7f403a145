package io.arrflow.rotator.rotation;

import io.arrflow.model.SecretMessage;
import io.arrflow.model.SecretMessage.SecretRotated;
import io.arrflow.model.SecretMessage.SecretRotationFailed;
import io.arrflow.rotator.rotation.RotationOutcome.Busy;
import io.arrflow.rotator.rotation.RotationOutcome.NotStarted;
import io.arrflow.rotator.rotation.RotationOutcome.RollbackFailed;
import io.arrflow.rotator.rotation.RotationOutcome.RolledBack;
import io.arrflow.rotator.rotation.RotationOutcome.Rotated;
import java.util.Optional;

/** The event an outcome announces: names and versions, never a key. */
public final class RotationEvents {

    private RotationEvents() {}

    public static Optional<SecretMessage> of(RotationOutcome outcome) {
        String name = ArrTarget.secretName(outcome.app());
        return switch (outcome) {
            case Rotated r -> Optional.of(new SecretRotated(name, r.version()));
            case RolledBack r -> Optional.of(new SecretRotationFailed(name, r.reason(), true));
            case RollbackFailed r -> Optional.of(new SecretRotationFailed(name, r.reason(), false));
            case NotStarted r -> Optional.of(new SecretRotationFailed(name, r.reason(), true));
            case Busy ignored -> Optional.empty();
        };
    }

    /** The app a secret name belongs to: {@code sonarr-api-key} or just {@code sonarr}. */
    public static String appOf(String secretName) {
        String name = secretName.strip().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith("-api-key") ? name.substring(0, name.length() - "-api-key".length()) : name;
    }
}
