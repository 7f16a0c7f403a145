package io.arrflow.platform.config;

import io.arrflow.platform.secrets.SecretFileVariable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The operating-system environment with each {@code X_FILE} variable's secret as {@code X}. It holds
 * every variable, not only the secrets, because Spring binds a list from the first source that has
 * any of its elements: {@code ARRFLOW_PROBER_TARGETS_0_API_KEY} alone in a source of its own would
 * hide the name, kind and url set beside {@code ARRFLOW_PROBER_TARGETS_0_API_KEY_FILE}.
 */
public final class EnvironmentWithSecrets extends SystemEnvironmentPropertySource implements OriginLookup<String> {

    private final Map<String, Path> secretFiles;

    public EnvironmentWithSecrets(String name, Map<String, Object> variables, Map<String, SecretFileVariable> secrets) {
        super(name, merge(variables, secrets));
        this.secretFiles = new LinkedHashMap<>();
        secrets.forEach((target, secret) -> secretFiles.put(target, secret.file()));
    }

    private static Map<String, Object> merge(Map<String, Object> variables, Map<String, SecretFileVariable> secrets) {
        Map<String, Object> merged = new LinkedHashMap<>(variables);
        secrets.forEach((target, secret) -> merged.put(target, secret.value()));
        return merged;
    }

    @Override
    public Origin getOrigin(String key) {
        String variable = resolvePropertyName(key);
        if (!containsProperty(variable)) {
            return null;
        }
        Path file = secretFiles.get(variable);
        return file == null ? new SystemEnvironmentOrigin(variable) : new SecretFileOrigin(variable, file);
    }

    /** Where a secret came from: the file named by its {@code _FILE} variable (never the value). */
    record SecretFileOrigin(String variable, Path file) implements Origin {

        @Override
        public String toString() {
            return "file " + file + " named by " + variable + SecretFileVariable.SUFFIX;
        }
    }
}
