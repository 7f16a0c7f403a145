package io.arrflow.worker.bench;

import io.arrflow.transcode.testing.TestMedia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Varied 720p sources for fitting SSIM onto VMAF: a test pattern, real photographs (Debian's
 * mate-backgrounds) zoomed and panned, one of them dark, flat animation-like shapes, smooth gradients and
 * pure noise. Four seconds each, stored losslessly.
 */
final class CalibrationClips {

    static final int FRAMES = 100;
    private static final Path PHOTOS = Path.of("/usr/share/backgrounds/mate/nature");
    private static final String SIZE = "1280x720";

    /** One source: its name and how ffmpeg makes it (inputs, then an optional -vf chain). */
    record Clip(String name, List<String> input, String filters) {

        Path make(Path folder) throws IOException {
            Path file = folder.resolve(name + ".mkv");
            List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y"));
            command.addAll(input);
            if (!filters.isEmpty()) {
                command.addAll(List.of("-vf", filters));
            }
            command.addAll(List.of("-frames:v", String.valueOf(FRAMES), "-r", "25"));
            command.addAll(List.of("-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", "-pix_fmt", "yuv420p"));
            command.add(file.toString());
            TestMedia.run(command);
            return file;
        }
    }

    private CalibrationClips() {}

    static List<Clip> all() {
        if (!Files.isDirectory(PHOTOS)) {
            throw new IllegalStateException(
                    "the calibration needs real photographs from " + PHOTOS + ": apt-get install mate-backgrounds");
        }
        return List.of(
                lavfi("test-pattern", "testsrc2=size=" + SIZE + ":rate=25", ""),
                photo("photo-zoom-grain", "Garden.jpg", zoom() + ",noise=alls=4:allf=t"),
                photo("photo-pan", "Wood.jpg", pan()),
                photo("photo-dark", "Storm.jpg", zoom() + ",eq=brightness=-0.12:gamma=0.6"),
                lavfi(
                        "animation",
                        "life=size=320x180:rate=25:mold=10:ratio=0.12:seed=7"
                                + ":life_color=#f0c040:death_color=#3060a0:mold_color=#204070",
                        "scale=" + SIZE + ":flags=neighbor"),
                lavfi("gradients", "mandelbrot=size=" + SIZE + ":rate=25", ""),
                lavfi("noise", "color=c=gray:size=" + SIZE + ":rate=25", "noise=alls=30:allf=t+u"));
    }

    private static Clip lavfi(String name, String source, String filters) {
        return new Clip(name, List.of("-f", "lavfi", "-i", source), filters);
    }

    private static Clip photo(String name, String photo, String filters) {
        return new Clip(name, List.of("-i", PHOTOS.resolve(photo).toString()), "scale=3840:-2," + filters);
    }

    /** A slow push-in on the picture's centre, one output frame per step. */
    private static String zoom() {
        return "zoompan=z='1+0.003*on':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=" + FRAMES + ":s=" + SIZE
                + ":fps=25";
    }

    /** A sideways pan at a fixed zoom. */
    private static String pan() {
        return "zoompan=z=1.5:x='on*6':y='ih/2-(ih/zoom/2)':d=" + FRAMES + ":s=" + SIZE + ":fps=25";
    }
}
