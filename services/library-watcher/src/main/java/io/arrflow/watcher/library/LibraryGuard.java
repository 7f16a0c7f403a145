package io.arrflow.watcher.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Path safety: a file is accepted only if, after resolving {@code ..} and symbolic links, it is a
 * regular file under one of the configured library roots.
 */
public final class LibraryGuard {

    private final List<Path> roots;

    public LibraryGuard(List<Path> roots) {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("no library roots configured: set ARRFLOW_LIBRARY_ROOTS");
        }
        this.roots = roots.stream().map(LibraryGuard::realRoot).toList();
    }

    public List<Path> roots() {
        return roots;
    }

    /** The real path of an existing regular file under a library root, or {@link UnsafePath}. */
    public Path requireMediaFile(String path) {
        Path real = requireInside(path);
        if (!Files.isRegularFile(real)) {
            throw new UnsafePath("not a regular file: " + path);
        }
        return real;
    }

    /** The real path of an existing file or folder under a library root, or {@link UnsafePath}. */
    public Path requireInside(String path) {
        Path candidate;
        try {
            candidate = Path.of(path);
        } catch (InvalidPathException e) {
            throw new UnsafePath(
                    "path cannot be used as a file name here (" + e.getReason() + "; file names are read as "
                            + System.getProperty("sun.jnu.encoding") + ", start arrflow with LANG=C.UTF-8): "
                            + printable(path));
        }
        if (!candidate.isAbsolute()) {
            throw new UnsafePath("path must be absolute: " + path);
        }
        Path real;
        try {
            real = candidate.normalize().toRealPath();
        } catch (NoSuchFileException e) {
            throw new UnsafePath("no such file: " + path);
        } catch (IOException e) {
            throw new UnsafePath("cannot resolve " + path + ": " + e.getClass().getSimpleName());
        }
        if (!isInside(real)) {
            throw new UnsafePath("outside the library roots: " + path);
        }
        return real;
    }

    /** The path for a one-line message: control characters such as NUL shown as \\uXXXX. */
    private static String printable(String path) {
        StringBuilder out = new StringBuilder();
        path.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    public boolean isInside(Path real) {
        return roots.stream().anyMatch(real::startsWith);
    }

    private static Path realRoot(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("library root " + root + " does not exist or cannot be read", e);
        }
    }

    /** Roots as configured, for messages. */
    public List<String> describe() {
        return new ArrayList<>(roots.stream().map(Path::toString).toList());
    }
}
