package io.arrflow.worker.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputRulesTest {

    private final OutputRules rules = new OutputRules(0.95, Duration.ofSeconds(2));
    private final Expectation hevcWithTwoAudio = new Expectation("hevc", 600, 2, 1, 1000, true);

    private static MediaInfo output(String codec, double seconds, int audio) {
        List<StreamInfo> streams = new java.util.ArrayList<>(List.of(StreamInfo.of(0, StreamKind.VIDEO, codec)));
        for (int i = 0; i < audio; i++) {
            streams.add(StreamInfo.of(1 + i, StreamKind.AUDIO, "aac"));
        }
        streams.add(StreamInfo.of(9, StreamKind.SUBTITLE, "subrip"));
        return new MediaInfo("matroska,webm", seconds, 900, streams);
    }

    @Test
    void accepts_the_expected_codec_duration_and_streams() {
        assertThat(rules.streamProblem(hevcWithTwoAudio, output("hevc", 601, 2)))
                .isEmpty();
    }

    @Test
    void rejects_the_wrong_codec() {
        assertThat(rules.streamProblem(hevcWithTwoAudio, output("h264", 600, 2)))
                .contains("video codec is h264, expected hevc");
    }

    @Test
    void rejects_a_short_output_beyond_the_tolerance_of_one_percent() {
        assertThat(rules.streamProblem(hevcWithTwoAudio, output("hevc", 595, 2)))
                .isEmpty();
        assertThat(rules.streamProblem(hevcWithTwoAudio, output("hevc", 590, 2)))
                .contains("duration 590.0s differs from the source's 600.0s");
    }

    @Test
    void with_the_default_half_second_a_four_second_output_cut_in_half_is_rejected_and_a_frame_more_is_not() {
        OutputRules defaults = new OutputRules(0.95, Duration.ofMillis(500));
        Expectation fourSeconds = new Expectation("hevc", 4.021, 2, 1, 1000, true);

        assertThat(defaults.streamProblem(fourSeconds, output("hevc", 4.04, 2))).isEmpty();
        assertThat(defaults.streamProblem(fourSeconds, output("hevc", 2.08, 2)))
                .contains("duration 2.1s differs from the source's 4.0s");
    }

    @Test
    void rejects_a_lost_audio_track() {
        assertThat(rules.streamProblem(hevcWithTwoAudio, output("hevc", 600, 1)))
                .contains("1 audio streams, expected 2");
    }

    @Test
    void an_output_above_the_size_ratio_is_not_beneficial_but_a_remux_is_never_measured() {
        assertThat(rules.sizeProblem(hevcWithTwoAudio, 950)).isEmpty();
        assertThat(rules.sizeProblem(hevcWithTwoAudio, 951))
                .contains("output 951 bytes is above 0.95 × source 1000 bytes");
        Expectation remux = new Expectation("hevc", 600, 2, 1, 1000, false);
        assertThat(rules.sizeProblem(remux, 1100)).isEmpty();
    }
}
