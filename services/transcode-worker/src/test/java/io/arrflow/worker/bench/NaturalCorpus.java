package io.arrflow.worker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The quality benchmark's library: real photographs (Debian's mate-backgrounds) zoomed and panned with light
 * film grain, one of them dark and one 10-bit, a fast pan, flat animation-like content, one heavy-grain clip no
 * CRF can bring to the target, and two HEVC releases arrflow leaves alone or only remuxes. Sources are H.264 at a
 * high quality, like a web release, with a stereo tone as audio.
 */
final class NaturalCorpus {

    /** What arrflow is expected to do with a file; the baseline encodes every one. */
    enum Role {
        ENCODE,
        UNREACHABLE,
        ALREADY_HEVC,
        WRONG_CONTAINER
    }

    record Item(String name, Path file, Role role) {

        boolean encodedByBoth() {
            return role == Role.ENCODE || role == Role.UNREACHABLE;
        }
    }

    private static final Path PHOTOS = Path.of("/usr/share/backgrounds/mate/nature");
    private static final String HD = "1280x720";
    private static final String FULL_HD = "1920x1080";
    private static final String GRAIN = "noise=alls=2:allf=t";

    private final Path folder;
    private final int seconds;

    NaturalCorpus(Path folder, int seconds) {
        this.folder = folder;
        this.seconds = seconds;
    }

    List<Item> generate() throws IOException {
        if (!Files.isDirectory(PHOTOS)) {
            throw new IllegalStateException(
                    "the benchmark needs real photographs from " + PHOTOS + ": bin/setup installs mate-backgrounds");
        }
        Files.createDirectories(folder);
        List<Item> items = new ArrayList<>();
        items.add(photo("photo-zoom-1080p.mkv", "Garden.jpg", zoom(FULL_HD) + "," + GRAIN, H264, Role.ENCODE));
        items.add(photo("photo-pan-720p.mp4", "Wood.jpg", pan(HD, 4) + "," + GRAIN, H264, Role.ENCODE));
        items.add(photo(
                "photo-dark-720p.mkv",
                "Storm.jpg",
                zoom(HD) + ",eq=brightness=-0.12:gamma=0.6," + GRAIN,
                H264,
                Role.ENCODE));
        items.add(photo("fast-pan-720p.mkv", "Garden.jpg", pan(HD, 24) + "," + GRAIN, H264, Role.ENCODE));
        items.add(photo("photo-10bit-720p.mkv", "Wood.jpg", zoom(HD) + "," + GRAIN, H264_10BIT, Role.ENCODE));
        items.add(animation("animation-720p.mkv"));
        items.add(
                photo("heavy-grain-720p.mkv", "Storm.jpg", zoom(HD) + ",noise=alls=6:allf=t", H264, Role.UNREACHABLE));
        items.add(photo("hevc-720p.mkv", "Wood.jpg", pan(HD, 4) + "," + GRAIN, HEVC, Role.ALREADY_HEVC));
        items.add(photo("hevc-transport-720p.ts", "Garden.jpg", zoom(HD) + "," + GRAIN, HEVC, Role.WRONG_CONTAINER));
        return items;
    }

    private static final List<String> H264 =
            List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", "16", "-pix_fmt", "yuv420p");
    private static final List<String> H264_10BIT =
            List.of("-c:v", "libx264", "-preset", "veryfast", "-crf", "16", "-pix_fmt", "yuv420p10le");
    private static final List<String> HEVC = List.of(
            "-c:v",
            "libx265",
            "-preset",
            "ultrafast",
            "-crf",
            "24",
            "-pix_fmt",
            "yuv420p",
            "-x265-params",
            "log-level=error");

    private Item photo(String name, String photo, String filters, List<String> video, Role role) throws IOException {
        List<String> input = List.of(
                "-loop", "1", "-framerate", "25", "-i", PHOTOS.resolve(photo).toString());
        return make(name, input, "scale=3840:-2," + filters, video, role);
    }

    private Item animation(String name) throws IOException {
        List<String> input = List.of(
                "-f",
                "lavfi",
                "-i",
                "life=size=320x180:rate=25:mold=10:ratio=0.12:seed=7"
                        + ":life_color=#f0c040:death_color=#3060a0:mold_color=#204070");
        return make(name, input, "scale=" + HD + ":flags=neighbor", H264, Role.ENCODE);
    }

    private Item make(String name, List<String> input, String filters, List<String> video, Role role)
            throws IOException {
        Path file = folder.resolve(name);
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(input);
        command.addAll(
                List.of("-f", "lavfi", "-i", "sine=frequency=330:sample_rate=48000", "-map", "0:v", "-map", "1:a"));
        command.addAll(List.of("-vf", filters, "-t", String.valueOf(seconds), "-r", "25"));
        command.addAll(video);
        command.addAll(List.of("-c:a", "aac", "-b:a", "128k", "-ac", "2", file.toString()));
        Bench.run(command);
        return new Item(name, file, role);
    }

    /** A slow push-in on the picture's centre, one output frame per input frame. */
    private String zoom(String size) {
        return "zoompan=z='1+0.0015*on':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=1:s=" + size + ":fps=25";
    }

    /** A sideways pan at a fixed zoom, {@code step} source pixels per frame. */
    private String pan(String size, int step) {
        return "zoompan=z=1.4:x='mod(on*" + step + ",iw-iw/zoom)':y='ih/2-(ih/zoom/2)':d=1:s=" + size + ":fps=25";
    }
}
