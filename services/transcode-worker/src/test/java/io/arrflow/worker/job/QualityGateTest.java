package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.worker.quality.QualityMetric;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.VideoClip;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QualityGateTest {

    private static final QualityMetric UNUSED = new QualityMetric() {
        @Override
        public String name() {
            return "vmaf";
        }

        @Override
        public QualityScores score(VideoClip distorted, VideoClip reference, int subsample) {
            throw new AssertionError("not scored here");
        }
    };

    @Test
    void up_to_the_whole_file_length_every_step_th_frame_is_scored() {
        QualityGate gate = new QualityGate(UNUSED, Duration.ofMinutes(30), 5);

        assertThat(gate.subsample(20)).isEqualTo(5);
        assertThat(gate.subsample(30 * 60)).isEqualTo(5);
    }

    @Test
    void a_longer_file_is_scored_proportionally_sparser() {
        QualityGate gate = new QualityGate(UNUSED, Duration.ofMinutes(30), 5);

        assertThat(gate.subsample(2 * 60 * 60)).isEqualTo(20);
        assertThat(new QualityGate(UNUSED, Duration.ofMinutes(30), 1).subsample(61 * 60))
                .isEqualTo(3);
    }

    @Test
    void a_step_under_one_is_refused() {
        assertThatThrownBy(() -> new QualityGate(UNUSED, Duration.ofMinutes(30), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 (every frame) or more");
    }
}
