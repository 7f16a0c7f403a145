package io.arrflow.transcode.probe;

import java.util.Arrays;
import java.util.Locale;

/** Maps a target container (file extension) to ffmpeg's muxer and probe format names. */
public final class ContainerNames {

    private ContainerNames() {}

    /** The muxer for {@code -f}: mkv → matroska, mp4 → mp4. */
    public static String muxer(String container) {
        return switch (container.toLowerCase(Locale.ROOT)) {
            case "mkv" -> "matroska";
            case "mp4", "m4v" -> "mp4";
            default -> throw new IllegalArgumentException("unsupported target container: " + container);
        };
    }

    /** Whether ffprobe's format name (a comma list) is the container. */
    public static boolean matches(String formatName, String container) {
        String wanted = container.toLowerCase(Locale.ROOT);
        String probeName = "mkv".equals(wanted) ? "matroska" : wanted;
        return Arrays.asList(formatName.split(",")).contains(probeName);
    }
}
