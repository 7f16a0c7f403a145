package io.arrflow.transcode.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediaInfoTest {

    @Test
    void the_picture_and_the_sound_play_as_long_as_the_longest_of_them() {
        MediaInfo episode = new MediaInfo(
                "matroska,webm",
                2.02,
                1,
                List.of(
                        lasting(0, StreamKind.VIDEO, 0.74),
                        lasting(1, StreamKind.AUDIO, 0.60),
                        lasting(2, StreamKind.SUBTITLE, 2.02)));

        assertThat(episode.playingSeconds())
                .as("the subtitles outlast the picture")
                .isEqualTo(0.74);
    }

    @Test
    void without_stream_durations_the_whole_file_counts() {
        MediaInfo episode =
                new MediaInfo("matroska,webm", 4.02, 1, List.of(StreamInfo.of(0, StreamKind.VIDEO, "h264")));

        assertThat(episode.playingSeconds()).isEqualTo(4.02);
    }

    @Test
    void a_file_starts_at_zero_unless_the_probe_says_otherwise() {
        assertThat(new MediaInfo("matroska,webm", 4.02, 1, List.of()).startSeconds())
                .isZero();
    }

    private static StreamInfo lasting(int index, StreamKind kind, double seconds) {
        return new StreamInfo(
                index, kind, "any", false, 0, StreamInfo.Picture.NONE, null, null, null, HdrMetadata.NONE, seconds);
    }
}
