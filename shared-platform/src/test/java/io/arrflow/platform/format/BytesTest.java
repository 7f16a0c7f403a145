package io.arrflow.platform.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BytesTest {

    @Test
    void small_counts_stay_in_bytes() {
        assertThat(Bytes.human(0)).isEqualTo("0 B");
        assertThat(Bytes.human(512)).isEqualTo("512 B");
    }

    @Test
    void larger_counts_take_the_largest_binary_unit_below_them() {
        assertThat(Bytes.human(1536)).isEqualTo("1.5 KiB");
        assertThat(Bytes.human(20L * 1024 * 1024 * 1024)).isEqualTo("20.0 GiB");
        assertThat(Bytes.human(1024L * 1024 * 1024 * 1024 * 1024)).isEqualTo("1.0 PiB");
    }
}
