package io.arrflow.rotator.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileKindTest {

    @Test
    void recognises_compose_files_by_their_usual_names() {
        assertThat(FileKind.of("docker-compose.yml")).isEqualTo(FileKind.COMPOSE);
        assertThat(FileKind.of("compose/compose.yaml")).isEqualTo(FileKind.COMPOSE);
        assertThat(FileKind.of("deploy/docker-compose.override.yml")).isEqualTo(FileKind.COMPOSE);
    }

    @Test
    void recognises_env_files_in_their_three_spellings() {
        assertThat(FileKind.of(".env")).isEqualTo(FileKind.ENV);
        assertThat(FileKind.of("compose/.env.local")).isEqualTo(FileKind.ENV);
        assertThat(FileKind.of("prod.env")).isEqualTo(FileKind.ENV);
    }

    @Test
    void recognises_an_arr_config_xml_and_other_configuration() {
        assertThat(FileKind.of("sonarr/config.xml")).isEqualTo(FileKind.ARR_CONFIG);
        assertThat(FileKind.of("src/main/resources/application.yml")).isEqualTo(FileKind.CONFIG);
        assertThat(FileKind.of("pom.xml")).isEqualTo(FileKind.CONFIG);
    }

    @Test
    void skips_source_code_and_prose() {
        assertThat(FileKind.of("src/Main.java").scanned()).isFalse();
        assertThat(FileKind.of("README.md").scanned()).isFalse();
    }

    @Test
    void treats_env_and_config_xml_files_as_secret_bearing_as_a_whole() {
        assertThat(FileKind.ENV.secretBearing()).isTrue();
        assertThat(FileKind.ARR_CONFIG.secretBearing()).isTrue();
        assertThat(FileKind.COMPOSE.secretBearing()).isFalse();
    }
}
