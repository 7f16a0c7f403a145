package io.arrflow.rotator.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.rotator.rotation.RotationOutcome.NotStarted;
import io.arrflow.rotator.rotation.RotationOutcome.RollbackFailed;
import io.arrflow.rotator.rotation.RotationOutcome.RolledBack;
import io.arrflow.rotator.rotation.RotationOutcome.Rotated;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationTest {

    private static final ApiKey OLD = new ApiKey("old-key-for-tests");
    private static final ApiKey NEW = new ApiKey("new-key-for-tests");

    private final FakeArrInstance sonarr = new FakeArrInstance(OLD);
    private final List<RotationStep> steps = new ArrayList<>();

    private RotationOutcome rotate() {
        return new Rotation(
                        "sonarr",
                        sonarr,
                        () -> NEW,
                        Duration.ofSeconds(5),
                        (app, step, detail) -> steps.add(step),
                        Clock.systemUTC())
                .run();
    }

    @Test
    void a_healthy_instance_switches_to_the_new_key_and_consumers_get_its_version() {
        RotationOutcome outcome = rotate();

        assertThat(outcome).isInstanceOf(Rotated.class);
        assertThat(((Rotated) outcome).version()).isEqualTo(1);
        assertThat(sonarr.inForce).isEqualTo(NEW);
        assertThat(sonarr.calls).containsExactly("read", "write", "restart", "verify", "store");
        assertThat(steps)
                .containsExactly(
                        RotationStep.STARTED,
                        RotationStep.NEW_KEY_GENERATED,
                        RotationStep.NEW_KEY_WRITTEN,
                        RotationStep.RESTARTED_WITH_NEW_KEY,
                        RotationStep.NEW_KEY_VERIFIED,
                        RotationStep.NEW_KEY_STORED);
    }

    @Test
    void an_instance_that_rejects_the_new_key_gets_the_old_one_back_verified() {
        sonarr.ignoresWrittenKey = true;

        RotationOutcome outcome = rotate();

        assertThat(outcome).isInstanceOf(RolledBack.class);
        assertThat(((RolledBack) outcome).reason()).contains("key rejected");
        assertThat(sonarr.written).isEqualTo(OLD);
        assertThat(sonarr.calls).containsExactly("read", "write", "restart", "verify", "restore", "restart", "verify");
        assertThat(steps)
                .endsWith(
                        RotationStep.OLD_KEY_RESTORED,
                        RotationStep.RESTARTED_WITH_OLD_KEY,
                        RotationStep.OLD_KEY_VERIFIED);
    }

    @Test
    void an_instance_that_never_comes_back_has_its_old_key_restored_but_unverified() {
        sonarr.comesBack = false;

        RotationOutcome outcome = rotate();

        assertThat(outcome).isInstanceOf(RollbackFailed.class);
        assertThat(((RollbackFailed) outcome).reason())
                .contains("no answer on /ping")
                .contains("after rollback");
        assertThat(sonarr.written).isEqualTo(OLD);
        assertThat(steps).endsWith(RotationStep.OLD_KEY_NOT_VERIFIED);
    }

    @Test
    void an_unreadable_current_key_changes_nothing() {
        sonarr.failOnRead = new IOException("config.xml has no <ApiKey>");

        assertThat(rotate()).isEqualTo(new NotStarted("sonarr", "current key unreadable: config.xml has no <ApiKey>"));
        assertThat(sonarr.calls).containsExactly("read");
    }

    @Test
    void a_key_that_cannot_be_written_changes_nothing() {
        sonarr.failOnWrite = new IOException("read-only file system");

        assertThat(rotate()).isInstanceOf(NotStarted.class);
        assertThat(sonarr.calls).doesNotContain("restart");
    }

    @Test
    void a_failed_restart_rolls_back() {
        sonarr.failOnRestart = new IllegalStateException("No such container: sonarr");

        RotationOutcome outcome = rotate();

        assertThat(outcome).isInstanceOf(RollbackFailed.class);
        assertThat(((RollbackFailed) outcome).reason()).contains("restart failed: No such container: sonarr");
        assertThat(sonarr.written).isEqualTo(OLD);
    }

    @Test
    void a_verified_key_that_cannot_be_stored_for_consumers_is_rolled_back() {
        sonarr.failOnStore = new IOException("disk full");

        RotationOutcome outcome = rotate();

        assertThat(outcome).isInstanceOf(RolledBack.class);
        assertThat(((RolledBack) outcome).reason()).contains("not stored for consumers: disk full");
        assertThat(sonarr.inForce).isEqualTo(OLD);
    }

    @Test
    void a_backup_that_cannot_be_restored_is_reported() {
        sonarr.ignoresWrittenKey = true;
        sonarr.failOnRestore = new IOException("backup missing");

        RotationOutcome outcome = rotate();

        assertThat(outcome).isInstanceOf(RollbackFailed.class);
        assertThat(((RollbackFailed) outcome).reason()).contains("old key not restored: backup missing");
    }

    @Test
    void describes_an_exception_without_a_message_by_its_type() {
        assertThat(Rotation.describe(new IOException())).isEqualTo("IOException");
    }
}
