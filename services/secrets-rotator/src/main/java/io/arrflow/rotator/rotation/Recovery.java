package io.arrflow.rotator.rotation;

/**
 * What to do with a rotation the rotator did not finish (killed, host rebooted), from the last step
 * its journal holds and what the key location holds now.
 */
public final class Recovery {

    /** The reason every event about a recovered rotation starts with. */
    public static final String INTERRUPTED = "interrupted rotation recovered at start-up";

    public enum Action {
        /** The new key may be in place: make sure the instance answers with it, then store it. */
        RECOVER_FORWARD,
        /** Put the backed-up key back, restart, verify it. */
        ROLL_BACK,
        /** Nothing was changed, or the rotation had ended: only the journal and the lock are cleared. */
        NOTHING
    }

    /** The key the instance reads now, compared with the backup. */
    public enum KeyInPlace {
        BACKED_UP_KEY,
        ANOTHER_KEY,
        /** Missing or empty: the write was cut short. */
        NONE
    }

    /**
     * @param backupFromThisRotation a backup exists and was written after the rotation started (a
     *     backup left by an earlier rotation says nothing about this one)
     * @param inPlace the key location now
     */
    public record Observed(boolean backupFromThisRotation, KeyInPlace inPlace) {}

    private Recovery() {}

    public static Action decide(RotationStep last, Observed observed) {
        return switch (last) {
            case STARTED, NEW_KEY_STORED, OLD_KEY_VERIFIED, OLD_KEY_NOT_VERIFIED -> Action.NOTHING;
            // Recorded before the write: the backup's age and content tell whether the write began.
            case NEW_KEY_GENERATED -> {
                if (!observed.backupFromThisRotation() || observed.inPlace() == KeyInPlace.BACKED_UP_KEY) {
                    yield Action.NOTHING;
                }
                yield forwardUnlessCutShort(observed);
            }
            case NEW_KEY_WRITTEN, RESTARTED_WITH_NEW_KEY, NEW_KEY_VERIFIED -> forwardUnlessCutShort(observed);
            case NEW_KEY_REJECTED, OLD_KEY_RESTORED, RESTARTED_WITH_OLD_KEY -> Action.ROLL_BACK;
        };
    }

    private static Action forwardUnlessCutShort(Observed observed) {
        return observed.inPlace() == KeyInPlace.NONE ? Action.ROLL_BACK : Action.RECOVER_FORWARD;
    }
}
