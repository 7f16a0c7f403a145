package io.arrflow.platform.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * A secret kept in a file that may be rotated while the service runs: {@link #value()} re-reads
 * the file when its modification time changed, so a rotation is picked up without a restart.
 */
public final class SecretFile {

    private final Path path;
    private FileTime readAt;
    private String value;

    public SecretFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** The current value, or empty when the file does not exist (yet). */
    public synchronized Optional<String> value() {
        try {
            if (!Files.isRegularFile(path)) {
                return Optional.empty();
            }
            FileTime modified = Files.getLastModifiedTime(path);
            if (value == null || !modified.equals(readAt)) {
                value = clean(Files.readString(path, StandardCharsets.UTF_8));
                readAt = modified;
            }
            return Optional.of(value);
        } catch (IOException e) {
            throw new UncheckedIOException("secret file " + path + " cannot be read", e);
        }
    }

    /** Forgets the cached value, so the next read goes to the file even if its mtime did not move. */
    public synchronized void reload() {
        value = null;
    }

    /** Secret files often end with a newline; it is never part of the secret. */
    static String clean(String content) {
        return content.strip();
    }

    @Override
    public String toString() {
        return "SecretFile[" + path + "]";
    }
}
