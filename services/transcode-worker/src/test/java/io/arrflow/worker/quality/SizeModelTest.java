package io.arrflow.worker.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeModelTest {

    private static final QualityScores ANY = new QualityScores("vmaf", 95, 90, 85, 100);

    @Test
    void the_video_shrinks_by_the_samples_ratio_and_the_other_streams_stay() {
        // 1,000,000 bytes of which 800,000 video; the samples came out at half their stretch of the source
        SizeModel model = new SizeModel(1_000_000, 800_000, 80_000);

        assertThat(model.predict(new CrfProbe(28, ANY, 40_000, 10))).isEqualTo(200_000 + 400_000);
    }

    @Test
    void calm_samples_of_a_busy_file_still_predict_by_ratio_not_by_bitrate() {
        // the sampled stretch is a tenth as busy as the rest: its bytes per second would predict far too little
        SizeModel model = new SizeModel(10_000_000, 9_900_000, 10_000);

        assertThat(model.predict(new CrfProbe(28, ANY, 3_000, 3))).isEqualTo(100_000 + 2_970_000);
    }

    @Test
    void samples_that_cost_nothing_in_the_source_predict_no_saving() {
        assertThat(new SizeModel(1_000_000, 800_000, 0).predict(new CrfProbe(28, ANY, 5_000, 10)))
                .isEqualTo(1_000_000);
    }
}
