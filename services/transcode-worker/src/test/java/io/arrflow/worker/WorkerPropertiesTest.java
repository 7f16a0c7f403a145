package io.arrflow.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WorkerPropertiesTest {

    @Test
    void without_a_state_dir_the_journals_go_under_the_users_home_not_a_folder_named_after_a_placeholder() {
        WorkerProperties properties = bind(Map.of());

        assertThat(properties.stateDir())
                .isAbsolute()
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "state", "arrflow-worker"));
        assertThat(properties.stateDir().toString()).doesNotContain("${");
    }

    @Test
    void a_configured_state_dir_is_taken_as_it_is() {
        WorkerProperties properties = bind(Map.of("arrflow.worker.state-dir", "/config/state"));

        assertThat(properties.stateDir()).isEqualTo(Path.of("/config/state"));
    }

    private static WorkerProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("arrflow.worker", WorkerProperties.class);
    }
}
