package io.arrflow.prober;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ProberPropertiesTest {

    private static ProberProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("arrflow.prober", ProberProperties.class);
    }

    @Test
    void defaults_probe_every_thirty_seconds_with_thresholds_of_three_and_two() {
        ProberProperties properties = bind(Map.of());

        assertThat(properties.interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.failureThreshold()).isEqualTo(3);
        assertThat(properties.successThreshold()).isEqualTo(2);
        assertThat(properties.docker().host()).isEqualTo("unix:///var/run/docker.sock");
        assertThat(properties.targets()).isEmpty();
    }

    @Test
    void a_target_binds_its_maintenance_windows_and_dependencies() {
        ProberProperties properties = bind(Map.of(
                "arrflow.prober.targets[0].name", "sonarr",
                "arrflow.prober.targets[0].kind", "arr",
                "arrflow.prober.targets[0].depends-on[0]", "container:sonarr",
                "arrflow.prober.targets[0].maintenance[0].from", "2026-01-01T00:00:00Z",
                "arrflow.prober.targets[0].maintenance[0].until", "2026-01-01T02:00:00Z"));

        ProberProperties.Target target = properties.targets().getFirst();
        assertThat(target.kind()).isEqualTo(ProberProperties.Kind.ARR);
        assertThat(target.dependsOn()).containsExactly("container:sonarr");
        assertThat(target.maintenance()).hasSize(1);
        assertThat(target.maintenance().getFirst().until()).isEqualTo(Instant.parse("2026-01-01T02:00:00Z"));
        assertThat(target.secretNameOrDefault()).isEqualTo("sonarr-api-key");
    }

    @Test
    void a_target_without_a_kind_is_refused_naming_the_target() {
        assertThatThrownBy(() -> bind(Map.of(
                        "arrflow.prober.targets[0].name", "sonarr",
                        "arrflow.prober.targets[0].api-key", "0123456789abcdef")))
                .isInstanceOf(BindException.class)
                .rootCause()
                .hasMessage("target sonarr needs a kind: http, arr, docker, tcp, disk, rabbitmq or redis");
    }
}
