package io.arrflow.platform.messaging;

import static io.arrflow.platform.LibraryFixtures.aTranscodeRequestForThePilot;
import static io.arrflow.platform.LibraryFixtures.sonarrWentDown;
import static io.arrflow.platform.LibraryFixtures.thePilotShrank;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrMessage.ArrActivityRecorded;
import io.arrflow.model.PlatformMessage.MessageDeadLettered;
import io.arrflow.model.SecretMessage.SecretRotated;
import org.junit.jupiter.api.Test;

class RoutingKeysTest {

    @Test
    void an_event_is_routed_by_its_family_and_wire_name() {
        assertThat(RoutingKeys.of(thePilotShrank())).isEqualTo("transcode.TranscodeCompleted");
        assertThat(RoutingKeys.of(aTranscodeRequestForThePilot())).isEqualTo("transcode.TranscodeFile");
    }

    @Test
    void every_message_family_has_its_own_routing_prefix() {
        assertThat(RoutingKeys.of(sonarrWentDown())).isEqualTo("health.ServiceDown");
        assertThat(RoutingKeys.of(new ArrActivityRecorded(ArrApp.SONARR, "Sonarr", "Grab", "The Expanse")))
                .isEqualTo("arr.ArrActivityRecorded");
        assertThat(RoutingKeys.of(new SecretRotated("sonarr-api-key", 3))).isEqualTo("secret.SecretRotated");
        assertThat(RoutingKeys.of(new MessageDeadLettered("arrflow.transcode.jobs", "RunTranscode", "42", "bad")))
                .isEqualTo("platform.MessageDeadLettered");
    }
}
