package io.arrflow.prober.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.HealthMessage;
import io.arrflow.model.HealthMessage.ServiceDown;
import io.arrflow.model.HealthMessage.ServiceMaintenanceEnded;
import io.arrflow.model.HealthMessage.ServiceMaintenanceStarted;
import io.arrflow.model.HealthMessage.ServicePending;
import io.arrflow.model.HealthMessage.ServiceRecovered;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateMachineTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final StateMachine machine = new StateMachine(new Rules(3, 2, List.of(), List.of()));
    private TargetStatus status = TargetStatus.unknown("sonarr", "arr", T0);
    private Instant now = T0;
    private final List<HealthMessage> announced = new ArrayList<>();

    static Observation healthy() {
        return new Observation.Healthy(Duration.ofMillis(12), Map.of("status", "200"));
    }

    static Observation failing() {
        return new Observation.Failing("HTTP 503, expected 200", Duration.ofMillis(40), Map.of("status", "503"));
    }

    static Observation restarting() {
        return new Observation.Pending("container is restarting", Duration.ofMillis(3), Map.of());
    }

    private void see(Observation observation, Circumstances circumstances) {
        Step step = machine.next(status, observation, circumstances);
        status = step.status();
        announced.addAll(step.events());
        now = now.plusSeconds(30);
    }

    private void see(Observation observation, int times) {
        for (int i = 0; i < times; i++) {
            see(observation, Circumstances.at(now));
        }
    }

    @Test
    void two_failures_in_a_row_are_not_yet_an_outage() {
        see(failing(), 2);

        assertThat(status.health()).isEqualTo(Health.UP);
        assertThat(status.failures()).isEqualTo(2);
        assertThat(announced).isEmpty();
    }

    @Test
    void the_third_failure_in_a_row_is_announced_once_with_its_evidence() {
        see(failing(), 6);

        assertThat(status.health()).isEqualTo(Health.DOWN);
        assertThat(announced).hasSize(1);
        ServiceDown down = (ServiceDown) announced.getFirst();
        assertThat(down.reason()).isEqualTo("HTTP 503, expected 200");
        assertThat(down.since()).isEqualTo(T0.plusSeconds(60));
        assertThat(down.evidence()).containsEntry("status", "503").containsEntry("failures", "3");
    }

    @Test
    void a_success_between_failures_starts_the_count_again() {
        see(failing(), 2);
        see(healthy(), 1);
        see(failing(), 2);

        assertThat(status.health()).isEqualTo(Health.UP);
        assertThat(announced).isEmpty();
    }

    @Test
    void a_recovery_needs_two_successes_and_tells_how_long_the_outage_lasted() {
        see(failing(), 3);
        see(healthy(), 1);
        assertThat(status.health()).isEqualTo(Health.DOWN);

        see(healthy(), 1);

        assertThat(status.health()).isEqualTo(Health.UP);
        ServiceRecovered recovered = (ServiceRecovered) announced.getLast();
        assertThat(recovered.downSince()).isEqualTo(T0.plusSeconds(60));
        assertThat(recovered.downSeconds()).isEqualTo(60);
    }

    @Test
    void a_container_that_keeps_restarting_is_pending_and_then_down_when_it_fails() {
        see(restarting(), 3);
        assertThat(status.health()).isEqualTo(Health.PENDING);
        assertThat(announced).singleElement().isInstanceOf(ServicePending.class);

        see(failing(), 1);

        assertThat(status.health()).isEqualTo(Health.DOWN);
        assertThat(((ServiceDown) announced.getLast()).since()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void a_pending_target_that_comes_back_is_recovered() {
        see(restarting(), 3);
        see(healthy(), 2);

        assertThat(status.health()).isEqualTo(Health.UP);
        assertThat(announced.getLast()).isInstanceOf(ServiceRecovered.class);
    }

    @Test
    void failures_while_a_dependency_is_out_are_counted_but_not_announced() {
        for (int i = 0; i < 5; i++) {
            see(failing(), new Circumstances(now, null, "container:sonarr"));
        }

        assertThat(status.health()).isEqualTo(Health.UP);
        assertThat(status.blockedBy()).isEqualTo("container:sonarr");
        assertThat(announced).isEmpty();

        see(failing(), 1);
        assertThat(announced).singleElement().isInstanceOf(ServiceDown.class);
    }

    @Test
    void a_maintenance_window_hides_failures_and_its_end_reveals_an_ongoing_outage() {
        Instant until = T0.plusSeconds(3600);
        for (int i = 0; i < 4; i++) {
            see(failing(), new Circumstances(now, until, null));
        }
        assertThat(status.health()).isEqualTo(Health.MAINTENANCE);
        assertThat(status.maintenanceUntil()).isEqualTo(until);
        assertThat(announced).singleElement().isEqualTo(new ServiceMaintenanceStarted("sonarr", until));

        see(failing(), 1);

        assertThat(status.health()).isEqualTo(Health.DOWN);
        assertThat(announced).hasSize(3);
        assertThat(announced.get(1)).isEqualTo(new ServiceMaintenanceEnded("sonarr"));
        assertThat(announced.get(2)).isInstanceOf(ServiceDown.class);
    }

    @Test
    void a_healthy_target_leaves_maintenance_quietly_up() {
        see(healthy(), new Circumstances(now, T0.plusSeconds(10), null));
        see(healthy(), 1);

        assertThat(status.health()).isEqualTo(Health.UP);
        assertThat(announced).hasSize(2).last().isInstanceOf(ServiceMaintenanceEnded.class);
    }
}
