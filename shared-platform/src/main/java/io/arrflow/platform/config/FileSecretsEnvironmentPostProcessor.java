package io.arrflow.platform.config;

import io.arrflow.platform.secrets.SecretFileVariable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;

/**
 * Reads secrets from files: for every environment variable {@code ARRFLOW_X_FILE} or {@code
 * SPRING_X_FILE} (Docker secrets, linuxserver's {@code FILE__} style), the file's content becomes
 * the value of {@code ARRFLOW_X} / {@code SPRING_X}, in a copy of the environment ranked just above
 * the plain one (a copy of all of it, so that lists bind whole: see {@link EnvironmentWithSecrets}).
 * A named file that cannot be read stops start-up with a clear message.
 */
public class FileSecretsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    /**
     * A system-environment source by type and name suffix, so Spring Boot maps {@code ARRFLOW_API_TOKEN}
     * to {@code arrflow.api.token} as it does for real environment variables.
     */
    static final String PROPERTY_SOURCE =
            "arrflowFileSecrets-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> variables = environment.getSystemEnvironment();
        Map<String, SecretFileVariable> secrets = secretFiles(variables);
        if (secrets.isEmpty()) {
            return;
        }
        EnvironmentWithSecrets source = new EnvironmentWithSecrets(PROPERTY_SOURCE, variables, secrets);
        String env = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        if (environment.getPropertySources().contains(env)) {
            environment.getPropertySources().addBefore(env, source);
        } else {
            environment.getPropertySources().addFirst(source);
        }
    }

    /** Each secret read from a file, by the variable it sets. */
    private static Map<String, SecretFileVariable> secretFiles(Map<String, Object> variables) {
        Map<String, SecretFileVariable> secrets = new LinkedHashMap<>();
        variables.forEach((name, value) ->
                SecretFileVariable.of(name, value).ifPresent(secret -> secrets.put(secret.target(), secret)));
        return secrets;
    }
}
