package io.arrflow.platform.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Reads secrets from files: for every environment variable {@code ARRFLOW_X_FILE} or {@code
 * SPRING_X_FILE} (Docker secrets, linuxserver's {@code FILE__} style), the file's content becomes
 * the value of {@code ARRFLOW_X} / {@code SPRING_X}, ranked just above the plain environment. A
 * named file that cannot be read stops start-up with a clear message.
 */
public class FileSecretsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    /**
     * A system-environment source by type and name suffix, so Spring Boot maps {@code ARRFLOW_API_TOKEN}
     * to {@code arrflow.api.token} as it does for real environment variables.
     */
    static final String PROPERTY_SOURCE =
            "arrflowFileSecrets-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;

    private static final String SUFFIX = "_FILE";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> secrets = readSecretFiles(environment.getSystemEnvironment());
        if (secrets.isEmpty()) {
            return;
        }
        SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(PROPERTY_SOURCE, secrets);
        String env = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        if (environment.getPropertySources().contains(env)) {
            environment.getPropertySources().addBefore(env, source);
        } else {
            environment.getPropertySources().addFirst(source);
        }
    }

    static Map<String, Object> readSecretFiles(Map<String, Object> variables) {
        Map<String, Object> secrets = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (isSecretFileVariable(name) && value != null && !value.toString().isBlank()) {
                String target = name.substring(0, name.length() - SUFFIX.length());
                secrets.put(target, read(name, Path.of(value.toString().trim())));
            }
        });
        return secrets;
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
}
