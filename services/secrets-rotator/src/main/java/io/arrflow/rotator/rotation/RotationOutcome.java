package io.arrflow.rotator.rotation;

import java.time.Duration;

/** How a rotation ended. */
public sealed interface RotationOutcome {

    String app();

    /** The new key is in force, verified and stored. */
    record Rotated(String app, int version, Duration took) implements RotationOutcome {}

    /** The new key did not work; the old one is in force again, verified. */
    record RolledBack(String app, String reason, Duration took) implements RotationOutcome {}

    /** The new key did not work, the old one was restored, but the instance did not come back with it. */
    record RollbackFailed(String app, String reason, Duration took) implements RotationOutcome {}

    /** Nothing was changed (the current key could not be read, the container is unknown...). */
    record NotStarted(String app, String reason) implements RotationOutcome {}

    /** Another rotation of this app is running. */
    record Busy(String app) implements RotationOutcome {}
}
