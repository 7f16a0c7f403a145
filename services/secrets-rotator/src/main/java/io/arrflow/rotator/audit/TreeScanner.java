package io.arrflow.rotator.audit;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Scans the files of a directory (or one file) as they are now. */
public final class TreeScanner {

    /** Larger files are data, not configuration: skipped here and in the history. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Path root;
    private final IgnoredPaths ignored;
    private int filesScanned;

    public TreeScanner(Path root, IgnoredPaths ignored) {
        this.root = root;
        this.ignored = ignored;
    }

    public int filesScanned() {
        return filesScanned;
    }

    public List<Finding> scan() throws IOException {
        if (Files.isRegularFile(root)) {
            return scanFile(root, root.getFileName().toString());
        }
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!ignored.ignores(relative) && FileKind.of(relative).scanned()) {
                    findings.addAll(scanFile(file, relative));
                }
            }
        }
        return findings;
    }

    private List<Finding> scanFile(Path file, String relative) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            return List.of();
        }
        filesScanned++;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return TextScanner.scan(relative, text, line -> true, Finding::inTree);
        } catch (MalformedInputException binary) {
            return List.of();
        }
    }
}
