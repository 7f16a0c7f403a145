package io.arrflow.worker;

import io.arrflow.platform.testing.TestMedia;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;

/** Real media files for the tests, made with ffmpeg's test sources: a few seconds at 320x240. */
public final class Clips {

    private Clips() {}

    public static Path anH264Episode(Path file) throws IOException {
        return TestMedia.h264(file, 4);
    }

    public static Path aLongerH264Episode(Path file, int seconds) throws IOException {
        return TestMedia.h264(file, seconds);
    }

    public static Path anHevcEpisode(Path file) throws IOException {
        return TestMedia.hevc(file, 3);
    }

    public static Path aTenBitEpisode(Path file) throws IOException {
        return TestMedia.h264TenBit(file, 3);
    }

    /** H.264 squeezed so hard that any sensible HEVC encode of it comes out larger. */
    public static Path aTinyStarvedEpisode(Path file) throws IOException {
        return TestMedia.ffmpeg(
                file, List.of("-c:v", "libx264", "-preset", "veryslow", "-crf", "51", "-pix_fmt", "yuv420p"), 3);
    }

    /** A Matroska file cut off at 40 %: the header still promises the full duration. */
    public static Path aTruncatedEpisode(Path file) throws IOException {
        TestMedia.h264(file, 4);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() * 2 / 5);
        }
        return file;
    }

    /** An MP4 with two audio tracks (English AAC, commentary AC-3) and mov_text subtitles. */
    public static Path anMp4WithCommentaryAndSubtitles(Path file, Path srt) throws IOException {
        java.nio.file.Files.writeString(
                srt,
                "1\n00:00:00,500 --> 00:00:02,000\nHello there\n\n"
                        + "2\n00:00:02,500 --> 00:00:03,500\nGeneral Kenobi\n");
        TestMedia.run(List.of(
                "ffmpeg",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=320x240:rate=25:duration=4",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:sample_rate=48000:duration=4",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=660:sample_rate=48000:duration=4",
                "-i",
                srt.toString(),
                "-map",
                "0",
                "-map",
                "1",
                "-map",
                "2",
                "-map",
                "3",
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-pix_fmt",
                "yuv420p",
                "-c:a:0",
                "aac",
                "-c:a:1",
                "ac3",
                "-c:s",
                "mov_text",
                "-metadata:s:a:1",
                "title=Commentary",
                "-metadata:s:s:0",
                "language=eng",
                "-shortest",
                file.toString()));
        return file;
    }

    /** An MKV with subrip subtitles and a font attachment. */
    public static Path anMkvWithFontAndSubtitles(Path file, Path srt, Path font) throws IOException {
        java.nio.file.Files.writeString(srt, "1\n00:00:00,500 --> 00:00:02,000\nHello\n");
        java.nio.file.Files.write(font, new byte[] {0, 1, 0, 0, 0, 4, 0, 0});
        TestMedia.run(List.of(
                "ffmpeg",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=320x240:rate=25:duration=3",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:sample_rate=48000:duration=3",
                "-i",
                srt.toString(),
                "-map",
                "0",
                "-map",
                "1",
                "-map",
                "2",
                "-c:v",
                "libx264",
                "-preset",
                "ultrafast",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-c:s",
                "srt",
                "-attach",
                font.toString(),
                "-metadata:s:t",
                "mimetype=application/x-truetype-font",
                "-shortest",
                file.toString()));
        return file;
    }

    /** HEVC in an MP4: only the container is wrong for an MKV library. */
    public static Path anHevcInMp4(Path file) throws IOException {
        return TestMedia.hevc(file, 3);
    }
}
