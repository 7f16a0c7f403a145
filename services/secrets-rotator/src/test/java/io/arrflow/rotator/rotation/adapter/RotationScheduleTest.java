package io.arrflow.rotator.rotation.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.Envelope;
import io.arrflow.model.SecretMessage.RotateSecret;
import io.arrflow.rotator.rotation.RecordedRotationMessages;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationScheduleTest {

    private final RecordedRotationMessages messages = new RecordedRotationMessages();

    @Test
    void the_schedule_queues_one_rotation_command_per_scheduled_app() {
        new RotationSchedule(List.of("sonarr", "radarr"), messages).rotateScheduledApps();

        assertThat(messages.queued)
                .containsExactly(
                        new RotateSecret("sonarr-api-key", "scheduled"),
                        new RotateSecret("radarr-api-key", "scheduled"));
    }

    @Test
    void an_app_whose_command_cannot_be_queued_does_not_keep_the_others_from_rotating() {
        messages.refusing("sonarr-api-key");

        new RotationSchedule(List.of("sonarr", "radarr"), messages).rotateScheduledApps();

        assertThat(messages.queued).containsExactly(new RotateSecret("radarr-api-key", "scheduled"));
    }

    @Test
    void a_rotation_asked_for_through_the_api_is_queued_under_the_apps_secret_name() {
        Envelope command = RotationSchedule.request(messages, "Lidarr", "requested through the API");

        assertThat(command.payload()).isEqualTo(new RotateSecret("lidarr-api-key", "requested through the API"));
        assertThat(command.source()).isEqualTo("secrets-rotator");
    }
}
