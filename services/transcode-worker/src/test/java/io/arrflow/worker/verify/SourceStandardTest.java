package io.arrflow.worker.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.probe.MediaInfo;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a source counts as damaged, with the default standard: no decode error, half a second or 1 % short. */
class SourceStandardTest {

    private final SourceStandard standard = new SourceStandard(0, DurationTolerance.ofFloor(Duration.ofMillis(500)));

    @Test
    void a_clip_that_decodes_to_its_last_frame_without_errors_is_sound() {
        SourceVerdict verdict = standard.judge(decodedTo(3.96), declaring(4.0));

        assertThat(verdict).isEqualTo(new SourceVerdict.Sound(new SourceHealth(0, "", 4.0, 3.96)));
    }

    @Test
    void a_four_second_clip_cut_in_half_is_damaged_although_two_seconds_of_slack_would_have_let_it_pass() {
        SourceVerdict verdict = standard.judge(decodedTo(2.0), declaring(4.0));

        assertThat(verdict)
                .isEqualTo(new SourceVerdict.Damaged(
                        new SourceHealth(0, "", 4.0, 2.0), "decodes to 2.0 s of the 4.0 s it declares"));
    }

    @Test
    void a_short_clip_may_fall_half_a_second_short_and_no_more() {
        assertThat(standard.judge(decodedTo(3.55), declaring(4.0))).isInstanceOf(SourceVerdict.Sound.class);
        assertThat(standard.judge(decodedTo(3.45), declaring(4.0))).isInstanceOf(SourceVerdict.Damaged.class);
    }

    @Test
    void a_long_file_may_fall_one_percent_short() {
        assertThat(standard.judge(decodedTo(2615), declaring(2640))).isInstanceOf(SourceVerdict.Sound.class);
        assertThat(standard.judge(decodedTo(2610), declaring(2640))).isInstanceOf(SourceVerdict.Damaged.class);
    }

    @Test
    void a_recording_that_starts_late_is_measured_on_its_own_clock() {
        MediaInfo lateStart = new MediaInfo("matroska,webm", 21.43, 1, List.of(), 1.4);

        assertThat(standard.judge(decodedTo(20.04), lateStart)).isInstanceOf(SourceVerdict.Sound.class);
        assertThat(standard.judge(decodedTo(10.0), lateStart))
                .extracting(verdict -> ((SourceVerdict.Damaged) verdict).reason())
                .isEqualTo("decodes to 11.4 s of the 21.4 s it declares");
    }

    @Test
    void decoding_past_the_declared_end_is_no_damage() {
        assertThat(standard.judge(decodedTo(4.2), declaring(4.0))).isInstanceOf(SourceVerdict.Sound.class);
    }

    @Test
    void a_container_that_declares_no_duration_is_judged_by_its_errors_alone() {
        assertThat(standard.judge(decodedTo(1.0), declaring(0))).isInstanceOf(SourceVerdict.Sound.class);
    }

    @Test
    void decode_errors_beyond_the_tolerated_count_are_damage_named_by_the_first_error() {
        Decoded broken = new Decoded(0, 3, "Invalid NAL unit size (8312 > 2048).", "last line", 4.0);

        assertThat(standard.judge(broken, declaring(4.0)))
                .extracting(verdict -> ((SourceVerdict.Damaged) verdict).reason())
                .isEqualTo("3 decode errors (first: Invalid NAL unit size (8312 > 2048).)");
        assertThat(new SourceStandard(3, DurationTolerance.ofFloor(Duration.ofMillis(500)))
                        .judge(broken, declaring(4.0)))
                .isInstanceOf(SourceVerdict.Sound.class);
    }

    @Test
    void errors_and_a_short_decode_are_both_reported() {
        Decoded both = new Decoded(0, 1, "Invalid data found when processing input", "", 10.2);

        assertThat(standard.judge(both, declaring(20.0)))
                .extracting(verdict -> ((SourceVerdict.Damaged) verdict).reason())
                .isEqualTo("1 decode errors (first: Invalid data found when processing input); "
                        + "decodes to 10.2 s of the 20.0 s it declares");
    }

    @Test
    void a_decoder_that_gave_up_on_too_many_broken_frames_found_damage() {
        Decoded gaveUp = new Decoded(69, 40, "corrupt decoded frame in stream 0", "", 1.0);

        assertThat(standard.judge(gaveUp, declaring(4.0)))
                .extracting(verdict -> ((SourceVerdict.Damaged) verdict).reason())
                .asString()
                .startsWith("the decoder gave up: too many frames failed to decode (first: corrupt decoded frame");
    }

    @Test
    void a_decoder_that_could_not_run_says_nothing_about_the_source() {
        Decoded noDecoder = new Decoded(1, 1, "Decoder not found", "Decoding requested, but no decoder found", 0);

        assertThat(standard.judge(noDecoder, declaring(4.0)))
                .isEqualTo(new SourceVerdict.Undecodable("the source check could not decode the file (exit 1): "
                        + "Decoding requested, but no decoder found"));
    }

    private static MediaInfo declaring(double seconds) {
        return new MediaInfo("matroska,webm", seconds, 1, List.of());
    }

    private static Decoded decodedTo(double seconds) {
        return new Decoded(0, 0, "", "exit code 0", seconds);
    }
}
