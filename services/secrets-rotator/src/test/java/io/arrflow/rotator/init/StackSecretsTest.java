package io.arrflow.rotator.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackSecretsTest {

    @Test
    void names_every_secret_the_compose_stack_needs_once() {
        List<String> names = StackSecrets.ALL.stream().map(StackSecret::name).toList();
        assertThat(names)
                .doesNotHaveDuplicates()
                .contains(
                        "sonarr-api-key",
                        "radarr-api-key",
                        "lidarr-api-key",
                        "prowlarr-api-key",
                        "arrflow-api-token",
                        "rabbitmq-password",
                        "redis-password",
                        "webhook-password",
                        "authelia-jwt-secret",
                        "authelia-session-secret",
                        "authelia-storage-encryption-key");
    }

    @Test
    void the_arr_keys_are_generated_in_their_32_hex_form() {
        assertThat(StackSecrets.named("radarr-api-key"))
                .get()
                .extracting(StackSecret::kind)
                .isEqualTo(SecretKind.ARR_API_KEY);
    }

    @Test
    void every_variable_references_a_file_never_a_value() {
        assertThat(StackSecrets.ALL.stream().flatMap(s -> s.variables().stream()))
                .allMatch(v -> v.endsWith("_FILE") || v.startsWith("FILE__"));
    }

    @Test
    void the_env_file_points_each_variable_at_the_docker_secret_path() {
        String env = EnvFile.render(StackSecrets.ALL);
        assertThat(env)
                .contains("ARRFLOW_API_TOKEN_FILE=/run/secrets/arrflow-api-token")
                .contains("SPRING_RABBITMQ_PASSWORD_FILE=/run/secrets/rabbitmq-password")
                .contains("FILE__SONARR__AUTH__APIKEY=/run/secrets/sonarr-api-key")
                .contains("ARRFLOW_ARR_SONARR_API_KEY_FILE=/run/secrets/sonarr-api-key")
                .contains("FILE__PROWLARR__AUTH__APIKEY=/run/secrets/prowlarr-api-key")
                .doesNotContain("ARRFLOW_ARR_PROWLARR")
                .contains("AUTHELIA_SESSION_SECRET_FILE=/run/secrets/authelia-session-secret");
    }
}
