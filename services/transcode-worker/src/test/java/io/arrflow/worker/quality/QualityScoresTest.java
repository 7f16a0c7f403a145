package io.arrflow.worker.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QualityScoresTest {

    @Test
    void per_frame_scores_give_mean_fifth_percentile_and_worst_frame() {
        double[] frames = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();

        QualityScores scores = QualityScores.of("vmaf", frames);

        assertThat(scores.mean()).isEqualTo(50.5, offset(1e-9));
        assertThat(scores.p5()).isEqualTo(5);
        assertThat(scores.min()).isEqualTo(1);
        assertThat(scores.frames()).isEqualTo(100);
    }

    @Test
    void no_frame_is_a_failed_measurement() {
        assertThatThrownBy(() -> QualityScores.of("vmaf", new double[0])).isInstanceOf(QualityMeasurementFailed.class);
    }

    @Test
    void combined_samples_weigh_the_mean_by_frames_and_keep_the_worst_tail() {
        QualityScores a = new QualityScores("vmaf", 90, 85, 80, 100);
        QualityScores b = new QualityScores("vmaf", 99, 97, 95, 300);

        QualityScores both = QualityScores.combine(List.of(a, b));

        assertThat(both.mean()).isEqualTo(96.75, offset(1e-9));
        assertThat(both.p5()).isEqualTo(85);
        assertThat(both.min()).isEqualTo(80);
        assertThat(both.frames()).isEqualTo(400);
    }

    @Test
    void the_shortfall_is_the_larger_gap_to_the_target() {
        QualityTarget target = new QualityTarget(95, 90);

        assertThat(new QualityScores("vmaf", 94, 89.5, 80, 10).shortfall(target))
                .isEqualTo(1.0);
        assertThat(new QualityScores("vmaf", 96, 87, 80, 10).shortfall(target)).isEqualTo(3.0);
        assertThat(new QualityScores("vmaf", 96, 91, 80, 10).shortfall(target)).isZero();
        assertThat(new QualityScores("vmaf", 96, 91, 80, 10).meets(target)).isTrue();
    }
}
