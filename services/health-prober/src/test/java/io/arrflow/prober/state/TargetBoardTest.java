package io.arrflow.prober.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.model.HealthMessage;
import io.arrflow.model.HealthMessage.ServiceDown;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetBoardTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Rules rules(String... dependsOn) {
        return new Rules(3, 2, List.of(dependsOn), List.of());
    }

    private static TargetBoard sonarrInItsContainer() {
        Map<String, Rules> rules = new LinkedHashMap<>();
        rules.put("sonarr", rules("container:sonarr"));
        rules.put("container:sonarr", rules());
        TargetBoard board = new TargetBoard(rules, Map.of("sonarr", "arr", "container:sonarr", "docker"));
        board.restore(Map.of(), T0);
        return board;
    }

    @Test
    void a_stopped_container_is_announced_but_the_app_inside_it_is_not() {
        TargetBoard board = sonarrInItsContainer();
        Map<String, Observation> bothFail =
                Map.of("sonarr", StateMachineTest.failing(), "container:sonarr", StateMachineTest.failing());

        List<HealthMessage> announced = new java.util.ArrayList<>();
        for (int round = 0; round < 5; round++) {
            board.apply(bothFail, T0.plusSeconds(round * 30L)).forEach(step -> announced.addAll(step.events()));
        }

        assertThat(announced).singleElement().isInstanceOfSatisfying(ServiceDown.class, down -> assertThat(
                        down.target())
                .isEqualTo("container:sonarr"));
        assertThat(board.status("sonarr", T0).blockedBy()).isEqualTo("container:sonarr");
    }

    @Test
    void the_app_is_announced_when_it_fails_in_a_healthy_container() {
        TargetBoard board = sonarrInItsContainer();
        Map<String, Observation> appFails =
                Map.of("sonarr", StateMachineTest.failing(), "container:sonarr", StateMachineTest.healthy());

        for (int round = 0; round < 3; round++) {
            board.apply(appFails, T0.plusSeconds(round * 30L));
        }

        assertThat(board.status("sonarr", T0).health()).isEqualTo(Health.DOWN);
    }

    @Test
    void a_restored_status_continues_where_it_stopped() {
        TargetBoard board = sonarrInItsContainer();
        TargetStatus down =
                new TargetStatus("sonarr", "arr", Health.DOWN, T0, 7, 0, "HTTP 503", T0, 0, null, null, Map.of());
        board.restore(Map.of("sonarr", down), T0);

        var steps = board.apply(Map.of("sonarr", StateMachineTest.failing()), T0.plusSeconds(30));

        assertThat(steps.getFirst().events()).isEmpty();
        assertThat(board.snapshot()).extracting(TargetStatus::health).containsExactly(Health.DOWN, Health.UP);
    }

    @Test
    void a_dependency_on_an_unknown_target_is_refused() {
        assertThatThrownBy(() -> new TargetBoard(Map.of("sonarr", rules("container:sonar")), Map.of("sonarr", "arr")))
                .hasMessage("sonarr depends on container:sonar, which is not a target");
    }

    @Test
    void targets_that_depend_on_each_other_are_refused() {
        Map<String, Rules> rules = new LinkedHashMap<>();
        rules.put("a", rules("b"));
        rules.put("b", rules("a"));

        assertThatThrownBy(() -> new TargetBoard(rules, Map.of("a", "http", "b", "http")))
                .hasMessageContaining("cycle");
    }

    @Test
    void thresholds_below_one_are_refused() {
        assertThatThrownBy(() -> new Rules(0, 2, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
