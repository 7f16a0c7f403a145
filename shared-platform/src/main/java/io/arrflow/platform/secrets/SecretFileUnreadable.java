package io.arrflow.platform.secrets;

import java.nio.file.Path;

/** A {@code *_FILE} variable names a file that cannot be read. */
public class SecretFileUnreadable extends RuntimeException {

    private final String variable;
    private final Path file;

    public SecretFileUnreadable(String variable, Path file, Exception cause) {
        super(
                variable + " names " + file + ", which cannot be read ("
                        + cause.getClass().getSimpleName() + ")",
                cause);
        this.variable = variable;
        this.file = file;
    }

    public String variable() {
        return variable;
    }

    public Path file() {
        return file;
    }
}
