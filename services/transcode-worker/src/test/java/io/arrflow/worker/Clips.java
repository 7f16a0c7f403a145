package io.arrflow.worker;

import io.arrflow.transcode.testing.TestMedia;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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
        return cutTo(TestMedia.h264(file, 4), 0.4);
    }

    /** A sound H.264 clip of 8x8 pixels: it decodes cleanly, but x265 refuses a picture that small. */
    public static Path aThumbnailSizedEpisode(Path file) throws IOException {
        return fourSeconds(
                file, "8x8", List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"));
    }

    /** An H.264 clip cut to half its bytes, as a download that stopped half-way: its header promises it all. */
    public static Path aHalfDownloadedEpisode(Path file, int seconds) throws IOException {
        return cutTo(TestMedia.h264(file, seconds), 0.5);
    }

    /** A 4 s web MP4 (index in front) cut to half its bytes: it still probes, with its full duration. */
    public static Path aHalfDownloadedWebMp4(Path file) throws IOException {
        List<String> webMp4 =
                List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-movflags", "+faststart");
        return cutTo(TestMedia.ffmpeg(file, webMp4, 4), 0.5);
    }

    /** A 4 s H.264 clip with random bytes written over its middle, as a bad disk sector or a broken copy leaves it. */
    public static Path anEpisodeWithGarbageInTheMiddle(Path file) throws IOException {
        TestMedia.h264(file, 4);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[(int) (raf.length() / 20)];
            new Random(14).nextBytes(garbage);
            raf.seek(raf.length() / 2);
            raf.write(garbage);
        }
        return file;
    }

    /** A 20 s transport stream remuxed to Matroska with its own timestamps: it starts at 1.4 s, not 0. */
    public static Path aRecordingKeptOnItsOwnClock(Path file) throws IOException {
        Path ts = TestMedia.h264(file.resolveSibling(file.getFileName() + ".ts"), 20);
        TestMedia.run(
                List.of("ffmpeg", "-v", "error", "-y", "-i", ts.toString(), "-c", "copy", "-copyts", file.toString()));
        java.nio.file.Files.delete(ts);
        return file;
    }

    /** An MPEG-4 Part 2 clip with MP3 audio in AVI, as older libraries hold them. */
    public static Path anXvidEraAvi(Path file) throws IOException {
        return fourSeconds(file, "320x240", List.of("-c:v", "mpeg4", "-q:v", "5", "-c:a", "libmp3lame"));
    }

    /** ffmpeg on 4 s of test pattern (of {@code size}) and tone, with the given output options. */
    private static Path fourSeconds(Path file, String size, List<String> outputOptions) throws IOException {
        List<String> command = new ArrayList<>(TestMedia.testPatternAndTone(size, 4));
        command.addAll(outputOptions);
        command.addAll(List.of("-shortest", file.toString()));
        TestMedia.run(command);
        return file;
    }

    /** Keeps the first {@code share} of a file's bytes, as an interrupted download leaves it. */
    private static Path cutTo(Path file, double share) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength((long) (raf.length() * share));
        }
        return file;
    }

    /** An MP4 with two audio tracks (English AAC, commentary AC-3) and mov_text subtitles. */
    public static Path anMp4WithCommentaryAndSubtitles(Path file, Path srt) throws IOException {
        java.nio.file.Files.writeString(
                srt,
                "1\n00:00:00,500 --> 00:00:02,000\nHello there\n\n"
                        + "2\n00:00:02,500 --> 00:00:03,500\nGeneral Kenobi\n");
        List<String> command = new ArrayList<>(TestMedia.testPatternAndTone("320x240", 4));
        command.addAll(List.of(
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
        TestMedia.run(command);
        return file;
    }

    /** An MKV with subrip subtitles and a font attachment. */
    public static Path anMkvWithFontAndSubtitles(Path file, Path srt, Path font) throws IOException {
        return TestMedia.mkvWithFontAndSubtitles(file, srt, font);
    }

    /** HEVC in an MP4: only the container is wrong for an MKV library. */
    public static Path anHevcInMp4(Path file) throws IOException {
        return TestMedia.hevc(file, 3);
    }

    /** The HDR10 grade of the HDR clips: P3 primaries, D65, 1000 cd/m² peak, 0.005 cd/m² black; MaxCLL 1000, MaxFALL 400. */
    public static final String X265_MASTER_DISPLAY = TestMedia.X265_MASTER_DISPLAY;

    public static final String SVT_MASTERING_DISPLAY =
            "G(0.265,0.69)B(0.15,0.06)R(0.68,0.32)WP(0.3127,0.329)L(1000,0.005)";

    /** 10-bit HEVC with HDR10 SEI (mastering display, content light level); lightly compressed. */
    public static Path anHdr10HevcEpisode(Path file) throws IOException {
        return TestMedia.hdr10Hevc(file);
    }

    /** 10-bit AV1 with HDR10 metadata OBUs, lightly compressed: an HDR source that is not HEVC. */
    public static Path anHdr10Av1Episode(Path file) throws IOException {
        List<String> options = new ArrayList<>(List.of("-c:v", "libsvtav1", "-preset", "12", "-crf", "10"));
        options.addAll(TestMedia.HDR10_COLOUR);
        options.addAll(
                List.of("-svtav1-params", "mastering-display=" + SVT_MASTERING_DISPLAY + ":content-light=1000,400"));
        return TestMedia.ffmpeg(file, options, 3);
    }
}
