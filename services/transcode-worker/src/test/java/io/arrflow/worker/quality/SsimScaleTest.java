package io.arrflow.worker.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SsimScaleTest {

    private final SsimScale scale = new SsimScale(10, 4);

    @Test
    void decibels_are_ssims_distance_from_1_on_a_log_scale() {
        assertThat(SsimScale.decibels(0.9)).isCloseTo(10, within(1e-9));
        assertThat(SsimScale.decibels(0.99)).isCloseTo(20, within(1e-9));
    }

    @Test
    void a_frame_is_placed_on_the_line_through_its_decibels() {
        assertThat(scale.toVmaf(0.99)).isCloseTo(90, within(1e-9));
    }

    @Test
    void an_identical_frame_scores_100_and_nothing_scores_above() {
        assertThat(scale.toVmaf(1.0)).isEqualTo(100);
        assertThat(scale.toVmaf(0.99999)).isEqualTo(100);
    }

    @Test
    void a_frame_with_nothing_in_common_scores_0_not_below() {
        SsimScale steep = new SsimScale(-20, 5);

        assertThat(steep.toVmaf(0.0)).isZero();
        assertThat(steep.toVmaf(-0.3)).isZero();
    }

    @Test
    void the_measured_scale_rises_with_ssim() {
        double previous = -1;
        for (double ssim = 0.80; ssim < 1; ssim += 0.001) {
            double vmaf = SsimScale.MEASURED.toVmaf(ssim);
            assertThat(vmaf).isGreaterThanOrEqualTo(previous).isBetween(0.0, 100.0);
            previous = vmaf;
        }
    }
}
