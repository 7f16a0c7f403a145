package io.arrflow.platform.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** An environment variable {@code ARRFLOW_X_FILE} or {@code SPRING_X_FILE} naming the file that holds {@code X}. */
public record SecretFileVariable(String variable, Path file, String value) {

    public static final String SUFFIX = "_FILE";

    /** The variable's secret, read now; empty for any other variable or a blank one. */
    public static Optional<SecretFileVariable> of(String variable, Object fileName) {
        if (!isSecretFileVariable(variable)
                || fileName == null
                || fileName.toString().isBlank()) {
            return Optional.empty();
        }
        Path file = Path.of(fileName.toString().trim());
        return Optional.of(new SecretFileVariable(variable, file, read(variable, file)));
    }

    /** The variable it sets: {@code ARRFLOW_X} for {@code ARRFLOW_X_FILE}. */
    public String target() {
        return variable.substring(0, variable.length() - SUFFIX.length());
    }

    private static boolean isSecretFileVariable(String name) {
        return name.endsWith(SUFFIX) && (name.startsWith("ARRFLOW_") || name.startsWith("SPRING_"));
    }

    private static String read(String variable, Path file) {
        try {
            return SecretFile.clean(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SecretFileUnreadable(variable, file, e);
        }
    }

    @Override
    public String toString() {
        return "SecretFileVariable[" + variable + ", " + file + "]";
    }
}
