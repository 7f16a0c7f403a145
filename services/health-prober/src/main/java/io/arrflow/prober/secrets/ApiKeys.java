package io.arrflow.prober.secrets;

import io.arrflow.platform.secrets.SecretFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The arr apps' API keys, by secret name. A key from a file follows the file; a {@code
 * SecretRotated} event makes the next probe read it again even if its modification time did not move.
 */
public final class ApiKeys {

    private final Map<String, SecretFile> files = new ConcurrentHashMap<>();

    /** A key read from a file, re-read after a rotation. */
    public Supplier<Optional<String>> fromFile(String secretName, Path file) {
        SecretFile secret = files.computeIfAbsent(secretName, name -> new SecretFile(file));
        return secret::value;
    }

    /** A key given in the configuration itself; a rotation needs a restart. */
    public static Supplier<Optional<String>> fixed(String key) {
        Optional<String> value = Optional.ofNullable(key).filter(k -> !k.isBlank());
        return () -> value;
    }

    /** Forgets the cached value of a rotated secret; false if no target uses it. */
    public boolean reload(String secretName) {
        SecretFile secret = files.get(secretName);
        if (secret == null) {
            return false;
        }
        secret.reload();
        return true;
    }
}
