package io.arrflow.worker.swap;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

/** Names of a job's files beside the original: hidden, and marked with the job id. */
public final class SwapPaths {

    /** Every file arrflow leaves beside an original carries this marker. */
    public static final String MARKER = ".arrflow-";

    private SwapPaths() {}

    public static Path temp(Path original, UUID jobId) {
        return original.resolveSibling("." + original.getFileName() + MARKER + jobId + ".tmp");
    }

    public static Path aside(Path original, UUID jobId) {
        return original.resolveSibling("." + original.getFileName() + MARKER + jobId + ".orig");
    }

    /** The original's path with the container's extension: {@code a.avi} + mkv → {@code a.mkv}. */
    public static Path target(Path original, String container) {
        String name = original.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot + 1) : "";
        if (extension.toLowerCase(Locale.ROOT).equals(container.toLowerCase(Locale.ROOT))) {
            return original;
        }
        return original.resolveSibling(base + "." + container.toLowerCase(Locale.ROOT));
    }
}
