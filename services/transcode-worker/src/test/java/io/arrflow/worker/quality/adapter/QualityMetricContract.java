package io.arrflow.worker.quality.adapter;

import static io.arrflow.worker.quality.QualityClips.FRAMES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.worker.quality.QualityClips;
import io.arrflow.worker.quality.QualityMeasurementFailed;
import io.arrflow.worker.quality.QualityMetric;
import io.arrflow.worker.quality.QualityScores;
import io.arrflow.worker.quality.VideoClip;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every quality metric adapter does with the real ffmpeg, on the same clips. */
abstract class QualityMetricContract {

    @TempDir
    static Path dir;

    static Path source;

    /** The adapter under test. */
    abstract QualityMetric metric();

    @BeforeAll
    static void anEpisode() throws Exception {
        source = QualityClips.anEpisodeSource(dir.resolve("source.mkv"));
    }

    @Test
    void the_source_against_itself_scores_about_100_and_leaves_no_temp_files() throws Exception {
        long before = TempFolders.count("arrflow-" + metric().name() + "-");

        QualityScores scores = metric().score(clip(source), clip(source), 1);

        assertThat(scores.metric()).isEqualTo(metric().name());
        assertThat(scores.frames()).isEqualTo(FRAMES);
        assertThat(scores.mean()).isGreaterThan(97);
        assertThat(scores.min()).isGreaterThan(90);
        assertThat(TempFolders.count("arrflow-" + metric().name() + "-")).isEqualTo(before);
    }

    @Test
    void a_heavily_compressed_encode_scores_clearly_lower_than_a_light_one() throws Exception {
        Path light = QualityClips.anEncodeOf(source, dir.resolve("crf18.mkv"), 18);
        Path heavy = QualityClips.anEncodeOf(source, dir.resolve("crf45.mkv"), 45);

        QualityScores lightScores = metric().score(clip(light), clip(source), 1);
        QualityScores heavyScores = metric().score(clip(heavy), clip(source), 1);

        assertThat(heavyScores.mean()).isLessThan(lightScores.mean() - 20);
        assertThat(heavyScores.p5()).isLessThanOrEqualTo(heavyScores.mean());
        assertThat(heavyScores.min()).isLessThanOrEqualTo(heavyScores.p5());
    }

    @Test
    void a_ten_bit_clip_is_scored() throws Exception {
        Path tenBit = QualityClips.aTenBitEpisodeSource(dir.resolve("source-10bit.mkv"));
        Path encode = QualityClips.anEncodeOf(tenBit, dir.resolve("10bit-crf24.mkv"), 24);

        QualityScores itself = metric().score(clip(tenBit), clip(tenBit), 1);
        QualityScores encoded = metric().score(clip(encode), clip(tenBit), 1);

        assertThat(itself.mean()).isGreaterThan(97);
        assertThat(encoded.mean()).isBetween(50.0, itself.mean());
    }

    @Test
    void an_encode_at_another_size_is_scaled_to_the_reference() throws Exception {
        Path smaller = QualityClips.aResizedEncodeOf(source, dir.resolve("smaller.mkv"), "256x192");

        QualityScores scores = metric().score(clip(smaller), clip(source), 1);

        assertThat(scores.frames()).isEqualTo(FRAMES);
        assertThat(scores.mean()).isBetween(30.0, 97.0);
    }

    @Test
    void subsampling_scores_fewer_frames() {
        QualityScores everyFifth = metric().score(clip(source), clip(source), 5);

        assertThat(everyFifth.frames()).isEqualTo(FRAMES / 5);
    }

    @Test
    void an_unreadable_file_fails_with_ffmpegs_reason() throws Exception {
        Path unreadable = QualityClips.anUnreadableFile(dir.resolve("broken.mkv"));
        String name = metric().name();

        assertThatThrownBy(() -> metric().score(clip(unreadable), clip(source), 1))
                .isInstanceOf(QualityMeasurementFailed.class)
                .hasMessageStartingWith(name + " of " + unreadable + " against " + source + " failed: ")
                .hasMessageContaining("Invalid data found when processing input");
        assertThatThrownBy(() -> metric().score(clip(source), clip(unreadable), 1))
                .isInstanceOf(QualityMeasurementFailed.class)
                .hasMessageContaining(unreadable.toString());
    }

    static VideoClip clip(Path file) {
        return new VideoClip(file, 0);
    }
}
