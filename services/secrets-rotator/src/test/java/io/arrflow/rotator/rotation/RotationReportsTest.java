package io.arrflow.rotator.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.Envelope;
import io.arrflow.model.SecretMessage.RotateSecret;
import io.arrflow.model.SecretMessage.SecretRotated;
import io.arrflow.model.SecretMessage.SecretRotationFailed;
import io.arrflow.rotator.rotation.RotationOutcome.Busy;
import io.arrflow.rotator.rotation.RotationOutcome.RollbackFailed;
import io.arrflow.rotator.rotation.RotationOutcome.RolledBack;
import io.arrflow.rotator.rotation.RotationOutcome.Rotated;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RotationReportsTest {

    private final RecordedRotationMessages messages = new RecordedRotationMessages();
    private final RotationReports reports = new RotationReports(messages);

    @Test
    void a_new_key_is_delivered_so_whoever_holds_the_old_one_hears_of_it() {
        Envelope command = Envelope.of(new RotateSecret("sonarr-api-key", "requested"), "cli");

        reports.report(new Rotated("sonarr", 4, Duration.ofSeconds(20)), Optional.of(command));

        assertThat(messages.delivered).containsExactly(new SecretRotated("sonarr-api-key", 4));
        assertThat(messages.announced).isEmpty();
        assertThat(messages.causes).containsExactly(Optional.of(command));
    }

    @Test
    void a_failed_rotation_is_announced_with_whether_the_old_key_is_back() {
        reports.report(new RolledBack("radarr", "not healthy in 2m", Duration.ofMinutes(2)), Optional.empty());
        reports.report(new RollbackFailed("lidarr", "container gone", Duration.ofMinutes(3)), Optional.empty());

        assertThat(messages.announced)
                .containsExactly(
                        new SecretRotationFailed("radarr-api-key", "not healthy in 2m", true),
                        new SecretRotationFailed("lidarr-api-key", "container gone", false));
        assertThat(messages.delivered).isEmpty();
    }

    @Test
    void a_rotation_that_found_the_lock_taken_tells_nobody() {
        reports.report(new Busy("sonarr"), Optional.empty());

        assertThat(messages.delivered).isEmpty();
        assertThat(messages.announced).isEmpty();
    }

    @Test
    void a_report_the_broker_refuses_does_not_undo_the_rotation_or_stop_the_next_report() {
        messages.refusing("sonarr-api-key");

        reports.report(new Rotated("sonarr", 4, Duration.ofSeconds(20)), Optional.empty());
        reports.report(new Rotated("radarr", 2, Duration.ofSeconds(20)), Optional.empty());

        assertThat(messages.delivered).containsExactly(new SecretRotated("radarr-api-key", 2));
    }
}
