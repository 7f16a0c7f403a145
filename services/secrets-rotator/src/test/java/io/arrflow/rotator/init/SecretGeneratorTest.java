package io.arrflow.rotator.init;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretGeneratorTest {

    private final SecretGenerator generator = new SecretGenerator();

    @Test
    void an_arr_api_key_has_the_32_lower_case_hex_form_the_arr_apps_use() {
        assertThat(generator.generate(SecretKind.ARR_API_KEY)).matches("[0-9a-f]{32}");
    }

    @Test
    void a_token_is_256_bits_of_url_safe_base64() {
        assertThat(generator.generate(SecretKind.TOKEN)).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void a_long_secret_is_512_bits_of_url_safe_base64() {
        assertThat(generator.generate(SecretKind.LONG_SECRET)).matches("[A-Za-z0-9_-]{86}");
    }

    @Test
    void two_generated_values_differ() {
        assertThat(generator.generate(SecretKind.ARR_API_KEY)).isNotEqualTo(generator.generate(SecretKind.ARR_API_KEY));
    }
}
