package io.arrflow.rotator.audit;

import static io.arrflow.rotator.audit.FakeSecrets.arrKey;
import static io.arrflow.rotator.audit.FakeSecrets.token;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineScannerTest {

    @Test
    void flags_an_arr_key_in_a_compose_environment_list() {
        assertThat(LineScanner.scan(FileKind.COMPOSE, "      - SONARR__AUTH__APIKEY=" + arrKey(1)))
                .containsExactly(SecretRule.ARR_API_KEY);
    }

    @Test
    void flags_an_arr_key_in_a_compose_environment_map_even_under_a_neutral_name() {
        assertThat(LineScanner.scan(FileKind.COMPOSE, "      UPSTREAM: \"" + arrKey(2) + "\""))
                .containsExactly(SecretRule.ARR_API_KEY);
    }

    @Test
    void a_dotted_queue_name_under_a_secret_looking_name_is_a_reference_not_a_token() {
        assertThat(LineScanner.scan(
                        FileKind.CONFIG, "constants = {\"Topology.SECRET_COMMANDS\": \"arrflow.secrets.commands\"}"))
                .isEmpty();
    }

    @Test
    void a_jwt_under_a_secret_name_is_still_a_token() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhcnJmbG93LXRlc3QtMTIzIn0.Xq3vZ8pL2mN7rT4kW9yB1cD6fH0jK5sQ";

        assertThat(LineScanner.scan(FileKind.CONFIG, "  secret: " + jwt)).containsExactly(SecretRule.GENERIC_TOKEN);
    }

    @Test
    void flags_an_arr_key_in_an_env_file() {
        assertThat(LineScanner.scan(FileKind.ENV, "RADARR_KEY=" + arrKey(3))).containsExactly(SecretRule.ARR_API_KEY);
    }

    @Test
    void flags_an_arr_key_in_other_configuration_only_under_a_secret_name() {
        assertThat(LineScanner.scan(FileKind.CONFIG, "  api-key: " + arrKey(4)))
                .containsExactly(SecretRule.ARR_API_KEY);
        assertThat(LineScanner.scan(FileKind.CONFIG, "  checksum: " + arrKey(4)))
                .isEmpty();
    }

    @Test
    void flags_the_api_key_of_an_arr_config_xml() {
        assertThat(LineScanner.scan(FileKind.ARR_CONFIG, "  <ApiKey>" + arrKey(5) + "</ApiKey>"))
                .containsExactly(SecretRule.ARR_CONFIG_API_KEY);
    }

    @Test
    void flags_a_url_with_a_password_in_any_audited_file() {
        String url = "amqp://arrflow:" + token(6) + "@rabbitmq:5672/";
        assertThat(LineScanner.scan(FileKind.CONFIG, "uri: " + url)).contains(SecretRule.URL_CREDENTIALS);
        assertThat(LineScanner.scan(FileKind.COMPOSE, "  - BROKER=" + url)).contains(SecretRule.URL_CREDENTIALS);
    }

    @Test
    void flags_a_high_entropy_token_under_a_secret_name() {
        assertThat(LineScanner.scan(FileKind.ENV, "ARRFLOW_API_TOKEN=" + token(7)))
                .containsExactly(SecretRule.GENERIC_TOKEN);
        assertThat(LineScanner.scan(FileKind.CONFIG, "\"clientSecret\": \"" + token(8) + "\""))
                .containsExactly(SecretRule.GENERIC_TOKEN);
    }

    @Test
    void lets_a_low_entropy_value_under_a_secret_name_pass() {
        assertThat(Entropy.bitsPerChar("aabbccddeeffgghh")).isLessThan(LineScanner.GENERIC_MIN_ENTROPY);
        assertThat(LineScanner.scan(FileKind.ENV, "PASSWORD=aabbccddeeffgghh")).isEmpty();
    }

    @Test
    void lets_a_high_entropy_value_under_a_neutral_name_pass() {
        assertThat(LineScanner.scan(FileKind.CONFIG, "image-id: " + token(9))).isEmpty();
    }

    @Test
    void lets_references_and_documented_placeholders_pass() {
        assertThat(LineScanner.scan(FileKind.COMPOSE, "      - SONARR__AUTH__APIKEY=${SONARR_API_KEY}"))
                .isEmpty();
        assertThat(LineScanner.scan(FileKind.ENV, "ARRFLOW_API_TOKEN=<generated-by-init>"))
                .isEmpty();
        assertThat(LineScanner.scan(FileKind.ENV, "REDIS_PASSWORD=changeme-please-now"))
                .isEmpty();
        assertThat(LineScanner.scan(FileKind.CONFIG, "url: amqp://guest:${RABBIT_PASSWORD}@localhost"))
                .isEmpty();
        assertThat(LineScanner.scan(FileKind.ARR_CONFIG, "<ApiKey>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</ApiKey>"))
                .isEmpty();
    }

    @Test
    void lets_file_paths_and_urls_that_only_point_at_a_secret_pass() {
        assertThat(LineScanner.scan(FileKind.COMPOSE, "      ARRFLOW_API_TOKEN_FILE: /run/secrets/arrflow-api-token"))
                .isEmpty();
        assertThat(LineScanner.scan(FileKind.CONFIG, "    credentials_file: ./secrets/arrflow-api-token"))
                .isEmpty();
        assertThat(LineScanner.scan(FileKind.CONFIG, "    REDIS_PASSWORD_FILE=\"$work/redis-password\" \\"))
                .isEmpty();
        assertThat(LineScanner.scan(FileKind.CONFIG, "ARRFLOW_API_TOKEN=$(cat /run/secrets/arrflow-api-token)"))
                .isEmpty();
        assertThat(LineScanner.scan(FileKind.COMPOSE, "      forwardAuth.address: http://authelia:9091/api/authz/x"))
                .isEmpty();
    }

    @Test
    void lets_a_line_marked_with_the_allow_marker_pass() {
        assertThat(LineScanner.scan(FileKind.ENV, "KEY=" + arrKey(10) + " # " + Placeholders.ALLOW_MARKER))
                .isEmpty();
    }

    @Test
    void skips_files_it_does_not_audit() {
        assertThat(LineScanner.scan(FileKind.SKIPPED, "String apiKey = \"" + arrKey(11) + "\";"))
                .isEmpty();
    }
}
