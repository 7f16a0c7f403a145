package io.arrflow.rotator.rotation;

import io.arrflow.rotator.rotation.Recovery.KeyInPlace;
import io.arrflow.rotator.rotation.Recovery.Observed;
import io.arrflow.rotator.rotation.RotationOutcome.NotStarted;
import io.arrflow.rotator.rotation.RotationOutcome.RollbackFailed;
import io.arrflow.rotator.rotation.RotationOutcome.RolledBack;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A rotation that a previous rotator process started and never finished: looks at the key
 * location, decides with {@link Recovery#decide}, and rolls forward or back through {@link Rotation}.
 * Every outcome but a completed rotation carries {@link Recovery#INTERRUPTED} in its reason.
 */
public final class InterruptedRotation {

    /** Filesystems keep coarse timestamps: a backup written just after the start may look a little older. */
    static final Duration CLOCK_SLACK = Duration.ofSeconds(1);

    private final String app;
    private final ArrInstance instance;
    private final Rotation rotation;

    public InterruptedRotation(String app, ArrInstance instance, Rotation rotation) {
        this.app = app;
        this.instance = instance;
        this.rotation = rotation;
    }

    /** Recovers the rotation that started at {@code started} and whose journal ends at {@code last}. */
    public RotationOutcome recover(RotationStep last, Instant started) {
        Optional<Backup> backup = backup();
        Optional<ApiKey> inPlace = inPlace();
        Optional<ApiKey> oldKey = backup.map(Backup::key);
        Observed observed = observe(backup, inPlace, started);
        return switch (Recovery.decide(last, observed)) {
            case NOTHING ->
                new NotStarted(
                        app,
                        Recovery.INTERRUPTED + ": nothing had changed (stopped after: " + last.description() + ")");
            case RECOVER_FORWARD -> explained(rotation.resume(inPlace.orElseThrow(), oldKey));
            case ROLL_BACK ->
                rotation.rollBackTo(
                        oldKey, Recovery.INTERRUPTED + ": rolled back (stopped after: " + last.description() + ")");
        };
    }

    public static Observed observe(Optional<Backup> backup, Optional<ApiKey> inPlace, Instant started) {
        boolean fresh = backup.filter(b -> !b.written().isBefore(started.minus(CLOCK_SLACK)))
                .isPresent();
        KeyInPlace key = inPlace.map(
                        k -> backup.map(Backup::key).filter(k::equals).isPresent()
                                ? KeyInPlace.BACKED_UP_KEY
                                : KeyInPlace.ANOTHER_KEY)
                .orElse(KeyInPlace.NONE);
        return new Observed(fresh, key);
    }

    private RotationOutcome explained(RotationOutcome outcome) {
        return switch (outcome) {
            case RolledBack r -> new RolledBack(app, Recovery.INTERRUPTED + ": " + r.reason(), r.took());
            case RollbackFailed r -> new RollbackFailed(app, Recovery.INTERRUPTED + ": " + r.reason(), r.took());
            default -> outcome;
        };
    }

    private Optional<Backup> backup() {
        try {
            return instance.backup();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private Optional<ApiKey> inPlace() {
        try {
            return Optional.of(instance.keyInPlace());
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
