package io.arrflow.worker.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.ffprobe.FfprobeMediaProbe;
import io.arrflow.transcode.process.ProcessCommands;
import io.arrflow.transcode.testing.TestMedia;
import io.arrflow.worker.Clips;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The source check with real ffmpeg and the worker's default standard (no decode error; half a second or
 * 1 % short): healthy files of every common kind pass, cut and corrupted ones do not. Each prints what it
 * measured, the figures the defaults were chosen from.
 */
class SourceCheckIT {

    private static final SourceStandard DEFAULTS =
            new SourceStandard(0, DurationTolerance.ofFloor(Duration.ofMillis(500)));

    @TempDir
    static Path library;

    private final FfprobeMediaProbe probe = new FfprobeMediaProbe();
    private final SourceCheck check =
            new DecodingSourceCheck(new DecodePass(new ProcessCommands(), Duration.ofMinutes(2)), DEFAULTS);

    interface ClipMaker {
        Path make(Path folder) throws IOException;
    }

    static Stream<Arguments> healthyClips() {
        return Stream.of(
                clip("h264 + aac in mkv, 4 s", f -> Clips.anH264Episode(f.resolve("e.mkv"))),
                clip("h264 + aac in mkv, 1 s", f -> TestMedia.h264(f.resolve("short.mkv"), 1)),
                clip("h264 + aac in mkv, 20 s", f -> Clips.aLongerH264Episode(f.resolve("long.mkv"), 20)),
                clip("h264 + aac in mp4", f -> TestMedia.h264(f.resolve("e.mp4"), 4)),
                clip("h264 + aac in avi", f -> TestMedia.h264(f.resolve("e.avi"), 4)),
                clip("mpeg4 + mp3 in avi", f -> Clips.anXvidEraAvi(f.resolve("xvid.avi"))),
                clip("h264 + aac in mpeg-ts", f -> TestMedia.h264(f.resolve("e.ts"), 4)),
                clip("h264 in mkv starting at 1.4 s", f -> Clips.aRecordingKeptOnItsOwnClock(f.resolve("late.mkv"))),
                clip("10-bit h264 in mkv", f -> Clips.aTenBitEpisode(f.resolve("ten.mkv"))),
                clip("hevc in mp4", f -> Clips.anHevcInMp4(f.resolve("hevc.mp4"))),
                clip("10-bit hdr10 hevc in mkv", f -> Clips.anHdr10HevcEpisode(f.resolve("hdr.mkv"))),
                clip(
                        "mp4 with two audio tracks and mov_text",
                        f -> Clips.anMp4WithCommentaryAndSubtitles(f.resolve("film.mp4"), f.resolve("film.srt"))),
                clip(
                        "mkv with subtitles and a font",
                        f -> Clips.anMkvWithFontAndSubtitles(
                                f.resolve("show.mkv"), f.resolve("show.srt"), f.resolve("font.ttf"))));
    }

    static Stream<Arguments> damagedClips() {
        return Stream.of(
                clip("4 s mkv cut to half its bytes", f -> Clips.aHalfDownloadedEpisode(f.resolve("half.mkv"), 4)),
                clip("20 s mkv cut to half its bytes", f -> Clips.aHalfDownloadedEpisode(f.resolve("half20.mkv"), 20)),
                clip("4 s web mp4 cut to half its bytes", f -> Clips.aHalfDownloadedWebMp4(f.resolve("half.mp4"))),
                clip("4 s avi cut to half its bytes", f -> Clips.aHalfDownloadedEpisode(f.resolve("half.avi"), 4)),
                clip(
                        "4 s mkv with garbage in its middle",
                        f -> Clips.anEpisodeWithGarbageInTheMiddle(f.resolve("g.mkv"))),
                clip("4 s mkv cut at 40 %", f -> Clips.aTruncatedEpisode(f.resolve("forty.mkv"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("healthyClips")
    void a_healthy_clip_is_sound(String kind, ClipMaker maker) throws Exception {
        SourceVerdict verdict = checked(kind, maker);

        assertThat(verdict).isInstanceOf(SourceVerdict.Sound.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedClips")
    void a_cut_or_corrupted_clip_is_damaged(String kind, ClipMaker maker) throws Exception {
        SourceVerdict verdict = checked(kind, maker);

        assertThat(verdict).isInstanceOf(SourceVerdict.Damaged.class);
    }

    private SourceVerdict checked(String kind, ClipMaker maker) throws Exception {
        Path clip = maker.make(Files.createTempDirectory(library, "clip"));
        MediaInfo media = probe.probe(clip);
        SourceVerdict verdict = check.check(clip, media);
        System.out.println(describe(kind, verdict));
        return verdict;
    }

    private static String describe(String kind, SourceVerdict verdict) {
        return switch (verdict) {
            case SourceVerdict.Sound sound -> line(kind, "sound", sound.health());
            case SourceVerdict.Damaged damaged -> line(kind, "damaged: " + damaged.reason(), damaged.health());
            case SourceVerdict.Undecodable undecodable -> "source check | " + kind + " | " + undecodable.reason();
        };
    }

    private static String line(String kind, String verdict, SourceHealth health) {
        return String.format(
                Locale.ROOT,
                "source check | %-40s | declared %7.3f s | decoded %7.3f s | short by %6.3f s | %d errors | %s",
                kind,
                health.declaredSeconds(),
                health.decodedSeconds(),
                health.declaredSeconds() - health.decodedSeconds(),
                health.decodeErrors(),
                verdict);
    }

    private static Arguments clip(String kind, ClipMaker maker) {
        return Arguments.of(kind, maker);
    }
}
