package io.arrflow.worker.quality.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SsimStatsTest {

    private static final List<String> STATS = List.of(
            "n:1 Y:0.991000 U:0.995000 V:0.994000 All:0.992000 (20.969100)",
            "n:2 Y:1.000000 U:1.000000 V:1.000000 All:1.000000 (inf)",
            "");

    @Test
    void reads_one_components_value_per_frame() throws IOException {
        assertThat(SsimStats.parse(STATS, "Y")).containsExactly(0.991, 1.0);
        assertThat(SsimStats.parse(STATS, "All")).containsExactly(0.992, 1.0);
    }

    @Test
    void a_line_without_the_component_is_unreadable() {
        assertThatThrownBy(() -> SsimStats.parse(List.of("n:1 All:0.99 (20)"), "Y"))
                .isInstanceOf(IOException.class)
                .hasMessage("no Y: in 'n:1 All:0.99 (20)'");
    }

    @Test
    void a_value_that_is_no_number_is_unreadable() {
        assertThatThrownBy(() -> SsimStats.parse(List.of("n:1 Y:nope"), "Y"))
                .isInstanceOf(IOException.class)
                .hasMessage("not a number in Y:nope of 'n:1 Y:nope'");
    }
}
