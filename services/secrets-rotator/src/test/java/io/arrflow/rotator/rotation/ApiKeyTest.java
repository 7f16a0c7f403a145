package io.arrflow.rotator.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.rotator.init.SecretGenerator;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

    @Test
    void never_shows_its_value_when_printed() {
        ApiKey key = ApiKey.generate(new SecretGenerator());
        assertThat(key.toString()).doesNotContain(key.value()).isEqualTo("ApiKey[****]");
        assertThat(new RotationOutcome.Rotated("sonarr", 2, java.time.Duration.ZERO).toString())
                .doesNotContain(key.value());
    }

    @Test
    void drops_the_newline_a_secret_file_ends_with() {
        assertThat(new ApiKey("abc\n").value()).isEqualTo("abc");
    }

    @Test
    void refuses_an_empty_key() {
        assertThatThrownBy(() -> new ApiKey("  \n")).isInstanceOf(IllegalArgumentException.class);
    }
}
