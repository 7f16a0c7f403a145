package io.arrflow.rotator.rotation;

import io.arrflow.rotator.rotation.Health.Healthy;
import io.arrflow.rotator.rotation.Health.Unhealthy;
import io.arrflow.rotator.rotation.RotationOutcome.NotStarted;
import io.arrflow.rotator.rotation.RotationOutcome.RollbackFailed;
import io.arrflow.rotator.rotation.RotationOutcome.RolledBack;
import io.arrflow.rotator.rotation.RotationOutcome.Rotated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One rotation of one arr instance's API key, as the issue describes it: generate, write (with a
 * backup), restart, verify with the new key, store, or else restore, restart, verify the old key.
 * Plain Java: the instance is reached through {@link ArrInstance}. A failing step is an outcome,
 * never an exception.
 */
public final class Rotation {

    private final String app;
    private final ArrInstance instance;
    private final Supplier<ApiKey> newKeys;
    private final Duration healthyTimeout;
    private final RotationJournal journal;
    private final Clock clock;

    public Rotation(
            String app,
            ArrInstance instance,
            Supplier<ApiKey> newKeys,
            Duration healthyTimeout,
            RotationJournal journal,
            Clock clock) {
        this.app = app;
        this.instance = instance;
        this.newKeys = newKeys;
        this.healthyTimeout = healthyTimeout;
        this.journal = journal;
        this.clock = clock;
    }

    public RotationOutcome run() {
        Instant start = clock.instant();
        journal.record(app, RotationStep.STARTED, "");
        ApiKey oldKey;
        try {
            oldKey = instance.currentKey();
        } catch (Exception e) {
            return new NotStarted(app, "current key unreadable: " + describe(e));
        }
        ApiKey newKey = newKeys.get();
        journal.record(app, RotationStep.NEW_KEY_GENERATED, "");
        try {
            instance.writeKey(newKey);
        } catch (Exception e) {
            return new NotStarted(app, "new key not written: " + describe(e));
        }
        journal.record(app, RotationStep.NEW_KEY_WRITTEN, "");
        return switchTo(newKey, Optional.of(oldKey), start);
    }

    /**
     * Finishes an interrupted rotation whose new key is in place: stores it if the instance already
     * answers with it, else restarts and verifies as a rotation would, rolling back to {@code oldKey}.
     */
    public RotationOutcome resume(ApiKey inPlace, Optional<ApiKey> oldKey) {
        Instant start = clock.instant();
        if (instance.check(inPlace) instanceof Healthy(String version)) {
            journal.record(app, RotationStep.NEW_KEY_VERIFIED, version);
            return store(inPlace, oldKey, start);
        }
        return switchTo(inPlace, oldKey, start);
    }

    /** Rolls an interrupted rotation back to the backed-up key, as a rotation whose new key failed would. */
    public RotationOutcome rollBackTo(Optional<ApiKey> oldKey, String reason) {
        journal.record(app, RotationStep.NEW_KEY_REJECTED, reason);
        return rollBack(oldKey, reason, clock.instant());
    }

    private RotationOutcome switchTo(ApiKey newKey, Optional<ApiKey> oldKey, Instant start) {
        Health health = restartAndVerify(newKey, RotationStep.RESTARTED_WITH_NEW_KEY);
        if (health instanceof Unhealthy(String reason)) {
            journal.record(app, RotationStep.NEW_KEY_REJECTED, reason);
            return rollBack(oldKey, reason, start);
        }
        journal.record(app, RotationStep.NEW_KEY_VERIFIED, ((Healthy) health).version());
        return store(newKey, oldKey, start);
    }

    private RotationOutcome store(ApiKey newKey, Optional<ApiKey> oldKey, Instant start) {
        try {
            int version = instance.storeForConsumers(newKey);
            journal.record(app, RotationStep.NEW_KEY_STORED, "version " + version);
            return new Rotated(app, version, since(start));
        } catch (Exception e) {
            String reason = "new key verified but not stored for consumers: " + describe(e);
            journal.record(app, RotationStep.NEW_KEY_REJECTED, reason);
            return rollBack(oldKey, reason, start);
        }
    }

    private RotationOutcome rollBack(Optional<ApiKey> backedUp, String reason, Instant start) {
        if (backedUp.isEmpty()) {
            return new RollbackFailed(app, reason + "; no backup of the old key to restore", since(start));
        }
        ApiKey oldKey = backedUp.get();
        try {
            instance.restoreKey();
        } catch (Exception e) {
            return new RollbackFailed(app, reason + "; old key not restored: " + describe(e), since(start));
        }
        journal.record(app, RotationStep.OLD_KEY_RESTORED, "");
        Health health = restartAndVerify(oldKey, RotationStep.RESTARTED_WITH_OLD_KEY);
        if (health instanceof Unhealthy(String again)) {
            journal.record(app, RotationStep.OLD_KEY_NOT_VERIFIED, again);
            return new RollbackFailed(app, reason + "; after rollback: " + again, since(start));
        }
        journal.record(app, RotationStep.OLD_KEY_VERIFIED, "");
        return new RolledBack(app, reason, since(start));
    }

    private Health restartAndVerify(ApiKey key, RotationStep restarted) {
        try {
            instance.restart();
        } catch (Exception e) {
            return new Unhealthy("restart failed: " + describe(e));
        }
        journal.record(app, restarted, "");
        return instance.awaitHealthy(key, healthyTimeout);
    }

    private Duration since(Instant start) {
        return Duration.between(start, clock.instant());
    }

    public static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse("");
    }
}
