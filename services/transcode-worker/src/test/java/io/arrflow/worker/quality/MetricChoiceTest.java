package io.arrflow.worker.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.worker.WorkerProperties.MetricSelection;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class MetricChoiceTest {

    private static final Supplier<Optional<String>> VMAF_WORKS = Optional::empty;
    private static final Supplier<Optional<String>> NO_VMAF_FFMPEG =
            () -> Optional.of("no executable ffmpeg at /opt/x/ffmpeg");

    @Test
    void auto_takes_vmaf_where_it_runs() {
        MetricChoice choice = MetricChoice.of(MetricSelection.AUTO, VMAF_WORKS);

        assertThat(choice.metric()).isEqualTo("vmaf");
        assertThat(choice.reason()).isEqualTo("auto: the VMAF ffmpeg and its model are there");
    }

    @Test
    void auto_falls_back_to_ssim_and_says_what_is_missing() {
        MetricChoice choice = MetricChoice.of(MetricSelection.AUTO, NO_VMAF_FFMPEG);

        assertThat(choice.metric()).isEqualTo("ssim");
        assertThat(choice.reason()).isEqualTo("auto: VMAF is not available, no executable ffmpeg at /opt/x/ffmpeg");
    }

    @Test
    void vmaf_asked_for_and_missing_is_a_start_up_error_not_a_quiet_fallback() {
        assertThatThrownBy(() -> MetricChoice.of(MetricSelection.VMAF, NO_VMAF_FFMPEG))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("quality metric vmaf is configured, but no executable ffmpeg at /opt/x/ffmpeg");
    }

    @Test
    void vmaf_asked_for_and_present_is_taken() {
        assertThat(MetricChoice.of(MetricSelection.VMAF, VMAF_WORKS)).isEqualTo(new MetricChoice(true, "configured"));
    }

    @Test
    void ssim_asked_for_does_not_even_look_for_vmaf() {
        Supplier<Optional<String>> mustNotRun = () -> {
            throw new AssertionError("the VMAF check ran");
        };

        assertThat(MetricChoice.of(MetricSelection.SSIM, mustNotRun)).isEqualTo(new MetricChoice(false, "configured"));
    }
}
