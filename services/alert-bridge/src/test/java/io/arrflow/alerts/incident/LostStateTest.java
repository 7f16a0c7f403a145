package io.arrflow.alerts.incident;

import static io.arrflow.alerts.incident.Fixtures.T0;
import static io.arrflow.alerts.incident.Fixtures.serviceRecovered;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LostStateTest {

    @Test
    void a_resolved_of_a_problem_older_than_the_incident_state_says_the_state_was_lost() {
        Alert orphan = serviceRecovered("sonarr"); // down since T0

        Alert notice = LostState.notice(orphan, T0.plusSeconds(60)).orElseThrow();

        assertThat(notice.status()).isEqualTo(AlertStatus.NOTICE);
        assertThat(notice.name()).isEqualTo("IncidentStateLost");
        assertThat(notice.severity()).isEqualTo(Severity.WARNING);
        assertThat(notice.fingerprint())
                .isEqualTo("alert-bridge:state-lost:" + T0.plusSeconds(60).toEpochMilli());
        assertThat(notice.summary())
                .contains("ServiceDown sonarr is over (it began 2026-11-23 20:00 UTC)")
                .contains("no record of it")
                .contains("only goes back to 2026-11-23 20:01 UTC");
    }

    @Test
    void a_resolved_of_a_problem_that_began_after_the_state_did_was_simply_never_told() {
        // e.g. a recovery from PENDING, which health-prober never announced as a problem
        assertThat(LostState.notice(serviceRecovered("sonarr"), T0.minusSeconds(1)))
                .isEmpty();
    }

    @Test
    void a_resolved_that_does_not_say_when_its_problem_began_shows_nothing() {
        Alert rotated = new Alert(
                "secret:sonarr-api-key",
                AlertStatus.RESOLVED,
                "secret",
                "SecretRotationFailed",
                "sonarr-api-key",
                Severity.CRITICAL,
                "",
                Map.of(),
                null,
                T0);

        assertThat(LostState.predates(rotated, T0.plusSeconds(3600))).isFalse();
        assertThat(LostState.notice(rotated, T0.plusSeconds(3600))).isEmpty();
    }
}
