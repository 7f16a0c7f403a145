package io.arrflow.transcode.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Small real media files made with ffmpeg's lavfi sources, for tests that must run the real
 * ffmpeg/ffprobe. Clips are a few seconds at small frame sizes.
 */
public final class TestMedia {

    private TestMedia() {}

    /** An H.264 + AAC clip in the given container (by extension: .mkv, .mp4, .avi …). */
    public static Path h264(Path file, int seconds) throws IOException {
        return ffmpeg(file, List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"), seconds);
    }

    /** An HEVC + AAC clip. */
    public static Path hevc(Path file, int seconds) throws IOException {
        return x265(file, "yuv420p", seconds);
    }

    /** A 10-bit H.264 clip (yuv420p10le). */
    public static Path h264TenBit(Path file, int seconds) throws IOException {
        return ffmpeg(file, List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p10le"), seconds);
    }

    /** A 10-bit HEVC clip (yuv420p10le), as many HDR and anime releases are. */
    public static Path hevcTenBit(Path file, int seconds) throws IOException {
        return x265(file, "yuv420p10le", seconds);
    }

    private static Path x265(Path file, String pixelFormat, int seconds) throws IOException {
        List<String> options = List.of(
                "-c:v", "libx265", "-preset", "ultrafast", "-pix_fmt", pixelFormat, "-x265-params", "log-level=error");
        return ffmpeg(file, options, seconds);
    }

    /** The HDR10 grade of the HDR clips: P3 primaries, D65, 1000 cd/m² peak, 0.005 cd/m² black. */
    public static final String X265_MASTER_DISPLAY =
            "G(13250,34500)B(7500,3000)R(34000,16000)WP(15635,16450)L(10000000,50)";

    /** 10-bit BT.2020 with the PQ transfer: what an HDR10 encode is told about its colour. */
    public static final List<String> HDR10_COLOUR = List.of(
            "-pix_fmt",
            "yuv420p10le",
            "-color_primaries",
            "bt2020",
            "-color_trc",
            "smpte2084",
            "-colorspace",
            "bt2020nc");

    /** 10-bit HEVC with HDR10 SEI (mastering display; MaxCLL 1000, MaxFALL 400); lightly compressed, 3 s. */
    public static Path hdr10Hevc(Path file) throws IOException {
        List<String> options = new ArrayList<>(List.of("-c:v", "libx265", "-preset", "ultrafast", "-crf", "12"));
        options.addAll(HDR10_COLOUR);
        options.addAll(List.of(
                "-x265-params", "log-level=error:hdr10=1:master-display=" + X265_MASTER_DISPLAY + ":max-cll=1000,400"));
        return ffmpeg(file, options, 3);
    }

    /** An MKV with subrip subtitles and a font attachment (which ffprobe has no codec for). */
    public static Path mkvWithFontAndSubtitles(Path file, Path srt, Path font) throws IOException {
        Files.writeString(srt, "1\n00:00:00,500 --> 00:00:02,000\nHello\n");
        Files.write(font, new byte[] {0, 1, 0, 0, 0, 4, 0, 0});
        List<String> command = new ArrayList<>(testPatternAndTone(3));
        command.addAll(List.of("-i", srt.toString(), "-map", "0", "-map", "1", "-map", "2"));
        command.addAll(List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac"));
        command.addAll(List.of("-c:s", "srt", "-attach", font.toString()));
        command.addAll(List.of("-metadata:s:t", "mimetype=application/x-truetype-font", "-shortest", file.toString()));
        run(command);
        return file;
    }

    /** Runs ffmpeg with a 320x240 test pattern and a sine tone as inputs, and the given video options. */
    public static Path ffmpeg(Path file, List<String> videoOptions, int seconds) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>(testPatternAndTone(seconds));
        command.addAll(videoOptions);
        command.addAll(List.of("-c:a", "aac", "-b:a", "64k", "-shortest", file.toString()));
        run(command);
        return file;
    }

    /** ffmpeg reading a 320x240 test pattern (input 0) and a 440 Hz tone (input 1). */
    private static List<String> testPatternAndTone(int seconds) {
        return testPatternAndTone("320x240", seconds);
    }

    /** ffmpeg reading a test pattern of the given size (input 0) and a 440 Hz tone (input 1); options follow. */
    public static List<String> testPatternAndTone(String size, int seconds) {
        return List.of(
                "ffmpeg",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=" + size + ":rate=25:duration=" + seconds,
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:sample_rate=48000:duration=" + seconds);
    }

    /** Runs a command and fails with its output when it does not exit 0 within two minutes. */
    public static void run(List<String> command) throws IOException {
        // to a file, not a pipe: a chatty command would block on a full pipe that nobody reads
        Path log = Files.createTempFile("test-media-", ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                throw new IOException("exit " + process.exitValue() + ": " + String.join(" ", command) + "\n"
                        + new String(Files.readAllBytes(log)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
