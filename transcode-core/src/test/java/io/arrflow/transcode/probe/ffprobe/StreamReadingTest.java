package io.arrflow.transcode.probe.ffprobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.kokorin.jaffree.StreamType;
import io.arrflow.transcode.probe.StreamKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamReadingTest {

    @ParameterizedTest(name = "{0} with bits_per_raw_sample {1} is {2}-bit")
    @CsvSource(
            nullValues = "none",
            value = {
                "yuv420p10le, none, 10",
                "yuv420p10le, 8, 10",
                "yuv422p12be, none, 12",
                "p010le, none, 10",
                "gray16le, none, 16",
                "yuv420p, 10, 10",
                "yuv420p, 8, 8",
                "yuv420p, none, 8",
                "rgb48le, none, 8",
                "none, 0, 8",
                "none, none, 8"
            })
    void the_pixel_format_decides_then_the_raw_sample_size_else_eight(String pixFmt, Integer raw, int bits) {
        assertThat(StreamReading.bitDepth(pixFmt, raw)).isEqualTo(bits);
    }

    @ParameterizedTest
    @CsvSource({
        "VIDEO, VIDEO",
        "VIDEO_NOT_PICTURE, VIDEO",
        "AUDIO, AUDIO",
        "SUBTITLE, SUBTITLE",
        "ATTACHMENT, ATTACHMENT"
    })
    void ffprobes_codec_types_map_to_stream_kinds(StreamType type, StreamKind kind) {
        assertThat(StreamReading.kind(type)).isEqualTo(kind);
    }

    @org.junit.jupiter.api.Test
    void a_stream_without_a_type_is_data() {
        assertThat(StreamReading.kind(null)).isEqualTo(StreamKind.DATA);
        assertThat(StreamReading.kind(StreamType.DATA)).isEqualTo(StreamKind.DATA);
    }

    @ParameterizedTest(name = "duration {0}, tag {1}: {2} s")
    @CsvSource(
            nullValues = "none",
            value = {
                "4.0, none, 4.0",
                "4.0, 00:00:09.000000000, 4.0",
                "none, 00:00:04.021000000, 4.021",
                "none, 01:02:03.5, 3723.5",
                "none, none, 0",
                "none, N/A, 0",
                "0, 00:00:02.000000000, 2.0"
            })
    void ffprobes_duration_wins_then_the_matroska_duration_tag(Float duration, String tag, double seconds) {
        assertThat(StreamReading.durationSeconds(duration, tag)).isCloseTo(seconds, within(1e-6));
    }
}
