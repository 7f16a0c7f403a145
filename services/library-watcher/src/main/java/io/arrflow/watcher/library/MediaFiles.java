package io.arrflow.watcher.library;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Which files are video worth looking at; hidden and partial files (arrflow's own temp files too) never are. */
public final class MediaFiles {

    private static final Set<String> VIDEO =
            Set.of("mkv", "mp4", "m4v", "avi", "mov", "wmv", "ts", "m2ts", "mpg", "mpeg", "webm", "flv");

    private MediaFiles() {}

    public static boolean isCandidate(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && VIDEO.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
