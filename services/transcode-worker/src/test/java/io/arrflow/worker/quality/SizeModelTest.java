package io.arrflow.worker.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeModelTest {

    private static final QualityScores ANY = new QualityScores("vmaf", 95, 90, 85, 100);

    @Test
    void the_video_scales_by_what_the_samples_cost_and_the_rest_of_the_file_stays() {
        // 100 s, 1,000,000 bytes; the sampled 10 s of video cost 80,000 bytes → 800,000 of video, 200,000 other
        SizeModel model = new SizeModel(1_000_000, 100, 80_000, 10);

        long predicted = model.predict(new CrfProbe(28, ANY, 40_000, 10));

        assertThat(predicted).isEqualTo(200_000 + 400_000);
    }

    @Test
    void a_sampled_stretch_richer_than_the_average_never_makes_the_other_streams_negative() {
        SizeModel model = new SizeModel(1_000_000, 100, 200_000, 10);

        assertThat(model.predict(new CrfProbe(28, ANY, 5_000, 10))).isEqualTo(50_000);
    }
}
