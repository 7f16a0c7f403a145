package io.arrflow.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.watcher.WatcherApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceTest {

    private final Service watcher = new Service("library-watcher", WatcherApplication.class, 8081);

    @Test
    void the_five_services_keep_their_usual_ports() {
        assertThat(Service.ALL)
                .extracting(Service::name, Service::defaultPort)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("library-watcher", 8081),
                        org.assertj.core.groups.Tuple.tuple("transcode-worker", 8082),
                        org.assertj.core.groups.Tuple.tuple("health-prober", 8003),
                        org.assertj.core.groups.Tuple.tuple("alert-bridge", 8085),
                        org.assertj.core.groups.Tuple.tuple("secrets-rotator", 8083));
    }

    @Test
    void a_port_variable_of_its_own_moves_one_service() {
        assertThat(watcher.portVariable()).isEqualTo("ARRFLOW_LIBRARY_WATCHER_PORT");
        assertThat(watcher.port(Map.of("ARRFLOW_LIBRARY_WATCHER_PORT", " 18081 ")))
                .isEqualTo(18081);
        assertThat(watcher.port(Map.of("ARRFLOW_TRANSCODE_WORKER_PORT", "18082")))
                .isEqualTo(8081);
        assertThat(watcher.port(Map.of("ARRFLOW_LIBRARY_WATCHER_PORT", ""))).isEqualTo(8081);
    }

    @Test
    void a_port_that_is_not_one_names_the_variable_to_change() {
        assertThatThrownBy(() -> watcher.port(Map.of("ARRFLOW_LIBRARY_WATCHER_PORT", "eighty")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ARRFLOW_LIBRARY_WATCHER_PORT must be a port number from 1 to 65535, not \"eighty\"");
        assertThatThrownBy(() -> watcher.port(Map.of("ARRFLOW_LIBRARY_WATCHER_PORT", "70000")))
                .hasMessageContaining("ARRFLOW_LIBRARY_WATCHER_PORT");
    }

    @Test
    void its_settings_file_and_port_come_first_and_outrank_the_environment() {
        assertThat(watcher.arguments(Map.of("ARRFLOW_LIBRARY_WATCHER_PORT", "18081"), "--debug"))
                .containsExactly("--spring.config.name=library-watcher", "--server.port=18081", "--debug");
    }
}
