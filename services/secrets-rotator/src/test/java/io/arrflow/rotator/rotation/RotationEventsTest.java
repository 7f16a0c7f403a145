package io.arrflow.rotator.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.SecretMessage.SecretRotated;
import io.arrflow.model.SecretMessage.SecretRotationFailed;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RotationEventsTest {

    @Test
    void a_rotation_announces_the_secret_name_and_its_new_version() {
        assertThat(RotationEvents.of(new RotationOutcome.Rotated("sonarr", 4, Duration.ZERO)))
                .contains(new SecretRotated("sonarr-api-key", 4));
    }

    @Test
    void a_verified_rollback_is_a_failure_with_the_old_key_in_force() {
        assertThat(RotationEvents.of(new RotationOutcome.RolledBack("radarr", "key rejected", Duration.ZERO)))
                .contains(new SecretRotationFailed("radarr-api-key", "key rejected", true));
    }

    @Test
    void an_unverified_rollback_says_the_old_key_is_not_known_to_work() {
        assertThat(RotationEvents.of(new RotationOutcome.RollbackFailed("lidarr", "no answer", Duration.ZERO)))
                .contains(new SecretRotationFailed("lidarr-api-key", "no answer", false));
    }

    @Test
    void a_rotation_that_changed_nothing_is_a_failure_with_the_old_key_in_force() {
        assertThat(RotationEvents.of(new RotationOutcome.NotStarted("prowlarr", "container not found")))
                .contains(new SecretRotationFailed("prowlarr-api-key", "container not found", true));
    }

    @Test
    void a_busy_app_announces_nothing() {
        assertThat(RotationEvents.of(new RotationOutcome.Busy("sonarr"))).isEmpty();
    }

    @Test
    void reads_the_app_from_a_secret_name_or_the_bare_app_name() {
        assertThat(RotationEvents.appOf("Sonarr-API-Key")).isEqualTo("sonarr");
        assertThat(RotationEvents.appOf(" radarr ")).isEqualTo("radarr");
    }
}
