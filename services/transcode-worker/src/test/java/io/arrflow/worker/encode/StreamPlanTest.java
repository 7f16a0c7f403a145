package io.arrflow.worker.encode;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import io.arrflow.worker.encode.StreamAction.Convert;
import io.arrflow.worker.encode.StreamAction.Copy;
import io.arrflow.worker.encode.StreamAction.Drop;
import io.arrflow.worker.encode.StreamAction.Encode;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamPlanTest {

    static MediaInfo aBlurayRip() {
        return new MediaInfo(
                "matroska,webm",
                60,
                1000,
                List.of(
                        StreamInfo.of(0, StreamKind.VIDEO, "h264"),
                        StreamInfo.of(1, StreamKind.AUDIO, "truehd"),
                        StreamInfo.of(2, StreamKind.AUDIO, "pcm_s16le"),
                        StreamInfo.of(3, StreamKind.SUBTITLE, "hdmv_pgs_subtitle"),
                        StreamInfo.of(4, StreamKind.SUBTITLE, "mov_text"),
                        StreamInfo.of(5, StreamKind.SUBTITLE, "ass"),
                        StreamInfo.of(6, StreamKind.ATTACHMENT, "ttf"),
                        StreamInfo.of(7, StreamKind.DATA, "bin_data")));
    }

    @Test
    void mkv_keeps_every_audio_and_subtitle_and_font_and_turns_mov_text_into_srt() {
        StreamPlan plan = StreamPlan.of(aBlurayRip(), "mkv", true);

        assertThat(plan.actions())
                .extracting(a -> a.getClass().getSimpleName())
                .containsExactly("Encode", "Copy", "Copy", "Copy", "Convert", "Copy", "Copy", "Drop");
        assertThat(plan.expectedCount(StreamKind.AUDIO)).isEqualTo(2);
        assertThat(plan.expectedCount(StreamKind.SUBTITLE)).isEqualTo(3);
        assertThat(plan.changes())
                .containsExactly(
                        "stream 4 converted: mov_text subtitles become srt in mkv",
                        "stream 7 dropped: data stream bin_data is not kept");
    }

    @Test
    void mp4_drops_pgs_and_fonts_with_a_reason_and_converts_what_it_cannot_hold() {
        StreamPlan plan = StreamPlan.of(aBlurayRip(), "mp4", true);

        assertThat(plan.actions().get(1))
                .isEqualTo(new Convert(aBlurayRip().streams().get(1), "aac", "truehd audio is not accepted by mp4"));
        assertThat(plan.actions().get(3)).isInstanceOf(Drop.class);
        assertThat(plan.actions().get(4)).isInstanceOf(Copy.class);
        assertThat(plan.actions().get(5)).isInstanceOf(Convert.class);
        assertThat(plan.actions().get(6))
                .isEqualTo(new Drop(aBlurayRip().streams().get(6), "mp4 cannot hold attachments (fonts)"));
        assertThat(plan.expectedCount(StreamKind.SUBTITLE)).isEqualTo(2);
    }

    @Test
    void a_remux_copies_the_video() {
        StreamPlan plan = StreamPlan.of(aBlurayRip(), "mkv", false);

        assertThat(plan.actions().getFirst()).isInstanceOf(Copy.class);
        assertThat(plan.kept()).noneMatch(a -> a instanceof Encode);
    }

    @Test
    void a_cover_image_is_copied_not_encoded() {
        StreamInfo cover = new StreamInfo(
                1, StreamKind.VIDEO, "mjpeg", true, 8, new StreamInfo.Picture(600, 600), null, null, null, null, 0);
        MediaInfo media = new MediaInfo("matroska", 10, 10, List.of(StreamInfo.of(0, StreamKind.VIDEO, "h264"), cover));

        StreamPlan plan = StreamPlan.of(media, "mkv", true);

        assertThat(plan.actions()).containsExactly(new Encode(media.streams().get(0)), new Copy(cover));
    }

    @Test
    void an_unknown_subtitle_format_is_dropped_with_its_name() {
        MediaInfo media = new MediaInfo(
                "mpegts",
                10,
                10,
                List.of(StreamInfo.of(0, StreamKind.VIDEO, "h264"), StreamInfo.of(1, StreamKind.SUBTITLE, "eia_608")));

        assertThat(StreamPlan.of(media, "mkv", true).changes())
                .containsExactly("stream 1 dropped: eia_608 subtitles cannot go into mkv");
    }
}
