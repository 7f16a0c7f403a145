package io.arrflow.rotator.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EntropyTest {

    @Test
    void a_repeated_character_carries_no_information() {
        assertThat(Entropy.bitsPerChar("aaaaaaaa")).isZero();
        assertThat(Entropy.bitsPerChar("")).isZero();
    }

    @Test
    void four_equally_frequent_characters_carry_two_bits_each() {
        assertThat(Entropy.bitsPerChar("abcdabcd")).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void a_random_token_is_above_the_generic_threshold() {
        assertThat(Entropy.bitsPerChar(FakeSecrets.token(42))).isGreaterThan(LineScanner.GENERIC_MIN_ENTROPY);
    }
}
