package io.arrflow.rotator.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Paths the audit skips: build output and dependencies always, plus the glob patterns listed in
 * {@code .arrflow-audit-ignore} at the audited root (one per line, {@code #} comments), e.g.
 * {@code docs/examples/**}.
 */
public final class IgnoredPaths {

    static final String FILE = ".arrflow-audit-ignore";
    private static final List<String> ALWAYS =
            List.of("**/target/**", "target/**", "**/node_modules/**", "node_modules/**", ".git/**");

    private final List<PathMatcher> matchers;

    private IgnoredPaths(List<String> globs) {
        this.matchers = globs.stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
                .toList();
    }

    public static IgnoredPaths at(Path root) throws IOException {
        Path file = root.resolve(FILE);
        List<String> globs = new java.util.ArrayList<>(ALWAYS);
        if (Files.isRegularFile(file)) {
            Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(globs::add);
        }
        return new IgnoredPaths(globs);
    }

    public boolean ignores(String relativePath) {
        Path path = Path.of(relativePath);
        return matchers.stream().anyMatch(m -> m.matches(path));
    }
}
