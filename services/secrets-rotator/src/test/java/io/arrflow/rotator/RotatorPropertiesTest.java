package io.arrflow.rotator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RotatorPropertiesTest {

    private static RotatorProperties.App app(URI url) {
        return new RotatorProperties.App(null, url, null, null, null, null);
    }

    @Test
    void defaults_fit_the_compose_stack() {
        RotatorProperties properties = new RotatorProperties(null, null, null, null, null, null, null, null, null);

        assertThat(properties.secretsDir()).isEqualTo(Path.of("/secrets"));
        assertThat(properties.dockerHost()).isEqualTo("unix:///var/run/docker.sock");
        assertThat(properties.healthyTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.commands()).isTrue();
        assertThat(properties.apps()).isEmpty();
    }

    @Test
    void finds_an_app_by_name_in_any_case_and_schedules_it_by_default() {
        RotatorProperties properties = new RotatorProperties(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of("sonarr", app(URI.create("http://sonarr:8989"))));

        assertThat(properties.app("Sonarr"))
                .get()
                .extracting(RotatorProperties.App::scheduled)
                .isEqualTo(true);
        assertThat(properties.app("plex")).isEmpty();
    }

    @Test
    void refuses_an_app_without_a_url_at_start_up() {
        assertThatThrownBy(() -> new RotatorProperties(
                        null, null, null, null, null, null, null, null, Map.of("radarr", app(null))))
                .hasMessageContaining("ARRFLOW_ROTATOR_APPS_RADARR_URL");
    }
}
