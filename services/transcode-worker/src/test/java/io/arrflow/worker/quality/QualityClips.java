package io.arrflow.worker.quality;

import io.arrflow.transcode.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sources and encodes of them for scoring: two seconds (50 frames) of a moving test pattern with a little
 * grain, at 320x240, made with the real ffmpeg.
 */
public final class QualityClips {

    public static final int FRAMES = 50;

    /** The VMAF ffmpeg and model bin/setup installs: the VMAF tests use that installation, not another. */
    public static final Path VMAF_FFMPEG = Path.of("/opt/arrflow/ffmpeg-vmaf/ffmpeg");

    /** The copy of the model bin/setup puts beside that ffmpeg: the worker's default. */
    public static final Path VMAF_INSTALLED_MODEL = Path.of("/opt/arrflow/ffmpeg-vmaf/vmaf_v0.6.1.pkl");

    /** The model as the repository carries it (ops/vmaf), from the module's folder where the tests run. */
    public static final Path VMAF_MODEL =
            Path.of("../../ops/vmaf/vmaf_v0.6.1.pkl").toAbsolutePath().normalize();

    private QualityClips() {}

    /** Fails, saying what to do, where bin/setup has not installed the VMAF ffmpeg: never a silent skip. */
    public static void requireTheVmafInstallation() {
        if (!Files.isExecutable(VMAF_FFMPEG) || !Files.isRegularFile(VMAF_INSTALLED_MODEL)) {
            throw new IllegalStateException("the VMAF tests need the static ffmpeg with libvmaf at " + VMAF_FFMPEG
                    + " and the model beside it: run bin/setup (as root) to install them");
        }
        if (!Files.isRegularFile(VMAF_MODEL)) {
            throw new IllegalStateException("the VMAF model is missing from the repository: " + VMAF_MODEL);
        }
    }

    /** A near-lossless 8-bit source. */
    public static Path anEpisodeSource(Path file) throws IOException {
        return generate(file, List.of("-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", "-pix_fmt", "yuv420p"));
    }

    /** A near-lossless 10-bit source, as HDR and many anime releases are. */
    public static Path aTenBitEpisodeSource(Path file) throws IOException {
        return generate(
                file, List.of("-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", "-pix_fmt", "yuv420p10le"));
    }

    /** An HEVC encode of {@code source} at a CRF, in the source's bit depth. */
    public static Path anEncodeOf(Path source, Path file, int crf) throws IOException {
        return encode(source, file, List.of("-crf", String.valueOf(crf)));
    }

    /** A light HEVC encode of {@code source} at another picture size. */
    public static Path aResizedEncodeOf(Path source, Path file, String size) throws IOException {
        return encode(source, file, List.of("-crf", "20", "-s", size));
    }

    /** A file with a video extension that holds no media. */
    public static Path anUnreadableFile(Path file) throws IOException {
        return Files.writeString(file, "this is not a video");
    }

    private static Path encode(Path source, Path file, List<String> options) throws IOException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(List.of("-i", source.toString(), "-c:v", "libx265", "-preset", "ultrafast"));
        command.addAll(List.of("-x265-params", "log-level=error"));
        command.addAll(options);
        command.add(file.toString());
        TestMedia.run(command);
        return file;
    }

    private static Path generate(Path file, List<String> video) throws IOException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(
                List.of("-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-frames:v", String.valueOf(FRAMES)));
        command.addAll(List.of("-vf", "noise=alls=4:allf=t"));
        command.addAll(video);
        command.add(file.toString());
        TestMedia.run(command);
        return file;
    }
}
