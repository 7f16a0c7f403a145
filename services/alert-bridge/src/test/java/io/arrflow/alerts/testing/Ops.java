package io.arrflow.alerts.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's ops/ files (Prometheus rules, Alertmanager configuration) as they are shipped. */
public final class Ops {

    private Ops() {}

    /** {@code ops/<relative>}, found from the module's directory upwards. */
    public static Path file(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("ops").resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "ops/" + relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
