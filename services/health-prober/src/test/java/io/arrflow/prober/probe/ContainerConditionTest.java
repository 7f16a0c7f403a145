package io.arrflow.prober.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.prober.state.Observation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ContainerConditionTest {

    private static Observation judge(String status, String health) {
        return new ContainerCondition(status, health, null, null).judge(Duration.ofMillis(5));
    }

    @Test
    void a_running_container_without_a_healthcheck_is_up() {
        assertThat(judge("running", null)).isInstanceOf(Observation.Healthy.class);
    }

    @Test
    void a_running_container_with_a_healthy_check_is_up() {
        assertThat(judge("running", "healthy")).isInstanceOf(Observation.Healthy.class);
    }

    @Test
    void an_unhealthy_container_is_down_with_the_checks_last_output() {
        Observation seen = new ContainerCondition(
                        "running", "unhealthy", null, "wget: server returned error: HTTP/1.0 404 Not Found\n")
                .judge(Duration.ZERO);

        assertThat(seen).isInstanceOf(Observation.Failing.class);
        assertThat(seen.reason()).isEqualTo("healthcheck is unhealthy");
        assertThat(seen.evidence()).containsEntry("healthcheck", "wget: server returned error: HTTP/1.0 404 Not Found");
    }

    @Test
    void a_restarting_container_is_pending() {
        assertThat(judge("restarting", null)).isInstanceOf(Observation.Pending.class);
    }

    @Test
    void a_container_whose_healthcheck_is_still_starting_is_pending() {
        assertThat(judge("running", "starting")).isInstanceOf(Observation.Pending.class);
    }

    @Test
    void a_paused_container_is_down() {
        assertThat(judge("paused", null).reason()).isEqualTo("container is paused");
    }

    @Test
    void an_exited_container_is_down_with_its_exit_code() {
        Observation seen = new ContainerCondition("exited", null, 137, null).judge(Duration.ZERO);

        assertThat(seen.reason()).isEqualTo("container is exited (exit code 137)");
        assertThat(seen.evidence()).containsEntry("exitCode", "137");
    }
}
