package io.arrflow.rotator.audit;

import java.util.Optional;

/**
 * A hardcoded secret found by the audit: where it is and which rule it breaks, never the value.
 *
 * @param commit the commit that introduced it, or empty for the working tree
 * @param path the file, relative to the audited root, {@code /}-separated
 * @param line the 1-based line number
 */
public record Finding(Optional<String> commit, String path, int line, SecretRule rule) {

    public static Finding inTree(String path, int line, SecretRule rule) {
        return new Finding(Optional.empty(), path, line, rule);
    }

    public static Finding inCommit(String commit, String path, int line, SecretRule rule) {
        return new Finding(Optional.of(commit), path, line, rule);
    }

    /** {@code file:line} or {@code commit:file:line}, commit abbreviated to 12 digits. */
    public String location() {
        String where = path + ":" + line;
        return commit.map(c -> c.substring(0, Math.min(12, c.length())) + ":" + where)
                .orElse(where);
    }

    public boolean inHistory() {
        return commit.isPresent();
    }

    public FileKind kind() {
        return FileKind.of(path);
    }
}
