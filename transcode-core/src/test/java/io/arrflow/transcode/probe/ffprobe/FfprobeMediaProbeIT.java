package io.arrflow.transcode.probe.ffprobe;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.arrflow.transcode.probe.HdrMetadata;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.ProbeFailed;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import io.arrflow.transcode.testing.TestMedia;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The real ffprobe on real files: what a person reads when a file cannot be probed, and what is logged. */
class FfprobeMediaProbeIT {

    @TempDir
    Path folder;

    private final FfprobeMediaProbe probe = new FfprobeMediaProbe();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger probeLog = (Logger) LoggerFactory.getLogger(FfprobeMediaProbe.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level probeLevel;

    @BeforeEach
    void recordTheLog() {
        probeLevel = probeLog.getLevel();
        probeLog.setLevel(Level.DEBUG);
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void stopRecording() {
        root.detachAppender(logged);
        probeLog.setLevel(probeLevel);
    }

    @Test
    void an_empty_file_is_reported_as_empty() throws IOException {
        Path empty = Files.createFile(folder.resolve("episode.mkv"));

        assertThatThrownBy(() -> probe.probe(empty))
                .isInstanceOf(ProbeFailed.class)
                .hasMessage("episode.mkv is empty (0 bytes)");
    }

    @Test
    void a_file_that_is_not_there_fails_on_its_size_before_ffprobe_runs() {
        Path missing = folder.resolve("gone.mkv");

        assertThatThrownBy(() -> probe.probe(missing))
                .isInstanceOf(ProbeFailed.class)
                .hasMessageStartingWith("cannot read the size of gone.mkv: ")
                .hasMessageContaining("NoSuchFileException");
    }

    @Test
    void an_eight_bit_h264_episode_reads_as_such() throws IOException {
        Path episode = TestMedia.h264(folder.resolve("pilot.mkv"), 2);

        MediaInfo media = probe.probe(episode);

        assertThat(media.isContainer("mkv")).isTrue();
        assertThat(media.videoCodec()).isEqualTo("h264");
        assertThat(media.bitDepth()).isEqualTo(8);
        assertThat(media.picture()).isEqualTo(new StreamInfo.Picture(320, 240));
        assertThat(media.count(StreamKind.AUDIO)).isEqualTo(1);
        assertThat(media.sizeBytes()).isEqualTo(Files.size(episode)).isPositive();
        assertThat(media.durationSeconds()).isBetween(1.5, 2.5);
        assertThat(media.startSeconds()).isZero();
    }

    @Test
    void subtitles_that_outlast_the_picture_do_not_lengthen_how_long_it_plays() throws IOException {
        MediaInfo media = probe.probe(TestMedia.mkvWithFontAndSubtitles(
                folder.resolve("short.mkv"), folder.resolve("short.srt"), folder.resolve("font.ttf")));

        assertThat(media.durationSeconds()).as("the subtitle runs to 2 s").isGreaterThan(1.9);
        assertThat(media.playingSeconds())
                .as("-shortest ended the picture and sound at the first cue")
                .isLessThan(1.5);
    }

    @Test
    void a_broadcast_transport_stream_starts_where_its_clock_does() throws IOException {
        MediaInfo media = probe.probe(TestMedia.h264(folder.resolve("recording.ts"), 2));

        assertThat(media.startSeconds()).as("the MPEG-TS muxer's 1.4 s offset").isBetween(1.0, 2.0);
    }

    @Test
    void a_ten_bit_hevc_episode_is_ten_bit() throws IOException {
        MediaInfo media = probe.probe(TestMedia.hevcTenBit(folder.resolve("anime.mkv"), 2));

        assertThat(media.videoCodec()).isEqualTo("hevc");
        assertThat(media.bitDepth()).isEqualTo(10);
    }

    @Test
    void a_ten_bit_h264_episode_is_ten_bit() throws IOException {
        MediaInfo media = probe.probe(TestMedia.h264TenBit(folder.resolve("hi10p.mkv"), 2));

        assertThat(media.videoCodec()).isEqualTo("h264");
        assertThat(media.bitDepth()).isEqualTo(10);
    }

    @Test
    void an_hdr10_episode_brings_its_mastering_display_and_light_levels() throws IOException {
        MediaInfo media = probe.probe(TestMedia.hdr10Hevc(folder.resolve("hdr.mkv")));

        StreamInfo video = media.mainVideo().orElseThrow();
        assertThat(video.isHdr()).isTrue();
        assertThat(video.bitDepth()).isEqualTo(10);
        assertThat(video.hdr().contentLight()).isEqualTo(new HdrMetadata.ContentLight(1000, 400));
        assertThat(video.hdr().mastering().maxLuminance()).isEqualTo(1000.0);
    }

    @Test
    void audio_has_no_bit_depth_or_picture_of_its_own() throws IOException {
        MediaInfo media = probe.probe(TestMedia.h264(folder.resolve("pilot.mp4"), 2));

        assertThat(media.streams())
                .filteredOn(stream -> stream.kind() == StreamKind.AUDIO)
                .singleElement()
                .satisfies(audio -> {
                    assertThat(audio.bitDepth()).isZero();
                    assertThat(audio.picture()).isEqualTo(StreamInfo.Picture.NONE);
                });
    }

    @Test
    void a_file_ffprobe_cannot_read_fails_with_ffprobes_own_words_and_logs_no_error() throws IOException {
        Path notMedia = Files.write(folder.resolve("episode.mkv"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

        assertThatThrownBy(() -> probe.probe(notMedia))
                .isInstanceOf(ProbeFailed.class)
                .hasMessageStartingWith("ffprobe cannot read episode.mkv: ")
                .hasMessageContaining("EBML header parsing failed")
                .hasMessageContaining("Invalid data found when processing input")
                .hasMessageNotContaining("Check logs");
        assertThat(atOrAbove(Level.WARN)).isEmpty();
        assertThat(logged.list)
                .filteredOn(event -> event.getFormattedMessage().contains("EBML header parsing failed"))
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.getFormattedMessage()).contains(notMedia.toString()));
    }

    @Test
    void a_font_attachment_ffprobe_has_no_codec_for_is_a_debug_note_naming_the_file() throws IOException {
        Path mkv = TestMedia.mkvWithFontAndSubtitles(
                folder.resolve("show.mkv"), folder.resolve("show.srt"), folder.resolve("font.ttf"));

        MediaInfo media = probe.probe(mkv);

        assertThat(media.count(StreamKind.ATTACHMENT)).isEqualTo(1);
        assertThat(atOrAbove(Level.WARN)).isEmpty();
        assertThat(logged.list)
                .filteredOn(event -> event.getFormattedMessage().contains("Unsupported codec with id 98304"))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
                    assertThat(event.getFormattedMessage()).contains(mkv.toString());
                });
    }

    @Test
    void an_error_in_a_file_ffprobe_could_read_is_a_warning_naming_the_file() throws IOException {
        Path truncated = TestMedia.h264(folder.resolve("broken.mkv"), 4);
        try (RandomAccessFile file = new RandomAccessFile(truncated.toFile(), "rw")) {
            file.setLength(16_000); // the headers and the start of the first cluster
        }

        probe.probe(truncated);

        assertThat(atOrAbove(Level.WARN))
                .singleElement(as(STRING))
                .contains(FfprobeMediaProbe.class.getName() + " WARN ")
                .contains(truncated.toString(), "File ended prematurely");
    }

    private List<String> atOrAbove(Level level) {
        return logged.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(level))
                .map(event -> event.getLoggerName() + " " + event.getLevel() + " " + event.getFormattedMessage())
                .toList();
    }
}
