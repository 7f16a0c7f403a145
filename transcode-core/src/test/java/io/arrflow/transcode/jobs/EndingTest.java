package io.arrflow.transcode.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EndingTest {

    @Test
    void a_replacement_saves_what_it_shrank() {
        assertThat(Ending.replaced("/media/tv/e01.mkv", "verified", 1_500, 700).bytesSaved())
                .isEqualTo(800);
    }

    @Test
    void an_output_that_grew_or_was_dropped_saves_nothing() {
        assertThat(Ending.replaced("/media/tv/e01.mkv", "remuxed", 1_500, 1_600).bytesSaved())
                .isZero();
        assertThat(Ending.notBeneficial("output 107% of the source", 1_500, 1_600)
                        .bytesSaved())
                .isZero();
        assertThat(Ending.failed("libx265: exit 1", 1_500).bytesSaved()).isZero();
        assertThat(Ending.sourceDamaged("decodes to 2.0 s of 4.0 s", 1_500).bytesSaved())
                .isZero();
    }

    @Test
    void a_missing_reason_is_empty() {
        assertThat(new Ending(JobState.FAILED, null, 0, 0, null).reason()).isEmpty();
    }

    @Test
    void a_state_that_is_not_an_end_is_refused() {
        assertThatThrownBy(() -> new Ending(JobState.RUNNING, "", 0, 0, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RUNNING is not an end");
    }
}
