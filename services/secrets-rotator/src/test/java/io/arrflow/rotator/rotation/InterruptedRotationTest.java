package io.arrflow.rotator.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.rotator.rotation.Recovery.KeyInPlace;
import io.arrflow.rotator.rotation.Recovery.Observed;
import io.arrflow.rotator.rotation.RotationOutcome.NotStarted;
import io.arrflow.rotator.rotation.RotationOutcome.RollbackFailed;
import io.arrflow.rotator.rotation.RotationOutcome.RolledBack;
import io.arrflow.rotator.rotation.RotationOutcome.Rotated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recovering the in-memory instance as a crash at each step of a rotation would have left it. */
class InterruptedRotationTest {

    private static final ApiKey OLD = new ApiKey("old-key-for-tests");
    private static final ApiKey NEW = new ApiKey("new-key-for-tests");
    private static final Instant STARTED = Instant.parse("2026-03-01T04:00:00Z");

    private final FakeArrInstance sonarr = new FakeArrInstance(OLD);
    private final List<RotationStep> steps = new ArrayList<>();

    private RotationOutcome recover(RotationStep last) {
        Rotation rotation = new Rotation(
                "sonarr",
                sonarr,
                () -> NEW,
                Duration.ofSeconds(5),
                (app, step, detail) -> steps.add(step),
                Clock.systemUTC());
        return new InterruptedRotation("sonarr", sonarr, rotation).recover(last, STARTED);
    }

    /** The new key written with its backup, the instance not restarted yet. */
    private void newKeyWritten() {
        sonarr.backup = OLD;
        sonarr.backupWritten = STARTED.plusMillis(20);
        sonarr.written = NEW;
    }

    @Test
    void a_new_key_written_but_not_read_yet_is_put_in_force_and_stored() {
        newKeyWritten();

        RotationOutcome outcome = recover(RotationStep.NEW_KEY_WRITTEN);

        assertThat(outcome).isInstanceOf(Rotated.class);
        assertThat(((Rotated) outcome).version()).isEqualTo(1);
        assertThat(sonarr.inForce).isEqualTo(NEW);
        assertThat(sonarr.calls).containsExactly("check", "restart", "verify", "store");
        assertThat(steps).endsWith(RotationStep.NEW_KEY_VERIFIED, RotationStep.NEW_KEY_STORED);
    }

    @Test
    void a_new_key_verified_but_not_stored_is_stored_without_a_restart() {
        newKeyWritten();
        sonarr.inForce = NEW;

        RotationOutcome outcome = recover(RotationStep.NEW_KEY_VERIFIED);

        assertThat(outcome).isInstanceOf(Rotated.class);
        assertThat(sonarr.calls).containsExactly("check", "store");
    }

    @Test
    void a_new_key_the_instance_will_not_take_is_rolled_back_with_the_reason_saying_so() {
        newKeyWritten();
        sonarr.ignoresWrittenKey = true;

        RotationOutcome outcome = recover(RotationStep.NEW_KEY_WRITTEN);

        assertThat(outcome).isInstanceOf(RolledBack.class);
        assertThat(((RolledBack) outcome).reason())
                .startsWith(Recovery.INTERRUPTED)
                .contains("key rejected");
        assertThat(sonarr.written).isEqualTo(OLD);
        assertThat(sonarr.inForce).isEqualTo(OLD);
    }

    @Test
    void a_rotation_stopped_during_its_rollback_is_rolled_back_again() {
        newKeyWritten();
        sonarr.written = OLD;

        RotationOutcome outcome = recover(RotationStep.OLD_KEY_RESTORED);

        assertThat(outcome)
                .isInstanceOf(RolledBack.class)
                .extracting(RotationOutcome.RolledBack.class::cast)
                .extracting(RolledBack::reason)
                .isEqualTo(Recovery.INTERRUPTED + ": rolled back (stopped after: old key restored from the backup)");
        assertThat(sonarr.calls).containsExactly("restore", "restart", "verify");
        assertThat(sonarr.inForce).isEqualTo(OLD);
    }

    @Test
    void a_rollback_without_a_backup_is_reported_as_failed() {
        RotationOutcome outcome = recover(RotationStep.NEW_KEY_REJECTED);

        assertThat(outcome).isInstanceOf(RollbackFailed.class);
        assertThat(((RollbackFailed) outcome).reason()).endsWith("no backup of the old key to restore");
        assertThat(sonarr.calls).isEmpty();
    }

    @Test
    void an_instance_that_does_not_come_back_after_the_roll_forward_reports_a_failed_rollback() {
        newKeyWritten();
        sonarr.up = false;
        sonarr.comesBack = false;

        RotationOutcome outcome = recover(RotationStep.RESTARTED_WITH_NEW_KEY);

        assertThat(outcome).isInstanceOf(RollbackFailed.class);
        assertThat(((RollbackFailed) outcome).reason())
                .startsWith(Recovery.INTERRUPTED)
                .contains("after rollback");
    }

    @Test
    void a_rotation_stopped_before_its_write_changes_nothing() {
        sonarr.backup = new ApiKey("key-of-an-earlier-rotation");
        sonarr.backupWritten = STARTED.minus(Duration.ofDays(30));

        RotationOutcome outcome = recover(RotationStep.NEW_KEY_GENERATED);

        assertThat(outcome).isInstanceOf(NotStarted.class);
        assertThat(((NotStarted) outcome).reason()).startsWith(Recovery.INTERRUPTED + ": nothing had changed");
        assertThat(sonarr.calls).isEmpty();
        assertThat(sonarr.written).isEqualTo(OLD);
    }

    @Test
    void a_key_location_cut_short_mid_write_is_rolled_back() {
        newKeyWritten();
        sonarr.written = null;

        RotationOutcome outcome = recover(RotationStep.NEW_KEY_GENERATED);

        assertThat(outcome).isInstanceOf(RolledBack.class);
        assertThat(sonarr.written).isEqualTo(OLD);
    }

    @Test
    void observes_a_backup_written_after_the_start_within_the_filesystem_slack() {
        Backup justBefore = new Backup(OLD, STARTED.minusMillis(400));
        Backup earlier = new Backup(OLD, STARTED.minusSeconds(60));

        assertThat(InterruptedRotation.observe(Optional.of(justBefore), Optional.of(NEW), STARTED))
                .isEqualTo(new Observed(true, KeyInPlace.ANOTHER_KEY));
        assertThat(InterruptedRotation.observe(Optional.of(earlier), Optional.of(OLD), STARTED))
                .isEqualTo(new Observed(false, KeyInPlace.BACKED_UP_KEY));
        assertThat(InterruptedRotation.observe(Optional.empty(), Optional.empty(), STARTED))
                .isEqualTo(new Observed(false, KeyInPlace.NONE));
    }
}
