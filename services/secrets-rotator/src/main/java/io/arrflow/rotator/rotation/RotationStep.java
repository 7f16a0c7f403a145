package io.arrflow.rotator.rotation;

/** The steps of a rotation, in order; each is logged (never with a key). */
public enum RotationStep {
    STARTED("rotation started"),
    NEW_KEY_GENERATED("new key generated"),
    NEW_KEY_WRITTEN("new key written where the instance reads it"),
    RESTARTED_WITH_NEW_KEY("container restarted"),
    NEW_KEY_VERIFIED("/ping and system/status answered with the new key"),
    NEW_KEY_STORED("new key stored for consumers"),
    NEW_KEY_REJECTED("instance not healthy with the new key, rolling back"),
    OLD_KEY_RESTORED("old key restored from the backup"),
    RESTARTED_WITH_OLD_KEY("container restarted with the old key"),
    OLD_KEY_VERIFIED("instance healthy with the old key again"),
    OLD_KEY_NOT_VERIFIED("instance not healthy with the old key either");

    private final String description;

    RotationStep(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Whether a rotation ends at this step: nothing is left to finish or undo after it. */
    public boolean terminal() {
        return this == NEW_KEY_STORED || this == OLD_KEY_VERIFIED || this == OLD_KEY_NOT_VERIFIED;
    }
}
