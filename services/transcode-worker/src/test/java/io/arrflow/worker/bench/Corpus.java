package io.arrflow.worker.bench;

import io.arrflow.transcode.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's mixed library, generated with ffmpeg: H.264 at three sizes and one 10-bit, HEVC
 * releases that need nothing, and HEVC in the wrong container. Sources carry a little temporal
 * noise so they compress like film rather than like a test card.
 */
final class Corpus {

    /** A corpus file and whether both contenders encode it (arrflow skips or remuxes the others). */
    record Item(Path file, boolean encodedByBoth) {}

    private static final int SECONDS = 6;

    private Corpus() {}

    static List<Item> generate(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Item> items = new ArrayList<>();
        items.add(new Item(h264(folder.resolve("h264-360p.mkv"), "640x360", "yuv420p"), true));
        items.add(new Item(h264(folder.resolve("h264-480p.mp4"), "854x480", "yuv420p"), true));
        items.add(new Item(h264(folder.resolve("h264-720p.mkv"), "1280x720", "yuv420p"), true));
        items.add(new Item(h264(folder.resolve("h264-10bit-360p.mkv"), "640x360", "yuv420p10le"), true));
        items.add(new Item(hevc(folder.resolve("hevc-480p.mkv"), "854x480"), false));
        items.add(new Item(hevc(folder.resolve("hevc-720p.mkv"), "1280x720"), false));
        items.add(new Item(hevc(folder.resolve("hevc-360p.mp4"), "640x360"), false));
        items.add(new Item(hevc(folder.resolve("hevc-transport-480p.ts"), "854x480"), false));
        return items;
    }

    private static Path h264(Path file, String size, String pixFmt) throws IOException {
        return make(file, size, List.of("-c:v", "libx264", "-preset", "fast", "-crf", "18", "-pix_fmt", pixFmt));
    }

    private static Path hevc(Path file, String size) throws IOException {
        return make(
                file,
                size,
                List.of(
                        "-c:v",
                        "libx265",
                        "-preset",
                        "fast",
                        "-crf",
                        "26",
                        "-pix_fmt",
                        "yuv420p",
                        "-x265-params",
                        "log-level=error"));
    }

    private static Path make(Path file, String size, List<String> video) throws IOException {
        List<String> command = new ArrayList<>(TestMedia.testPatternAndTone(size, SECONDS));
        command.addAll(List.of("-vf", "noise=alls=4:allf=t"));
        command.addAll(video);
        command.addAll(List.of("-c:a", "aac", "-b:a", "128k", "-shortest", file.toString()));
        TestMedia.run(command);
        return file;
    }
}
