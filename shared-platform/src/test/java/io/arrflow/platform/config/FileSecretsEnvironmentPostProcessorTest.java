package io.arrflow.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.platform.secrets.OperatingSystemEnvironment;
import io.arrflow.platform.secrets.SecretFileUnreadable;
import io.arrflow.platform.secrets.SecretFileVariable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.StandardEnvironment;

class FileSecretsEnvironmentPostProcessorTest {

    @TempDir
    Path secrets;

    private final FileSecretsEnvironmentPostProcessor processor = new FileSecretsEnvironmentPostProcessor();

    @Test
    void a_docker_secret_named_by_a_file_variable_becomes_the_setting() throws IOException {
        Path token = Files.writeString(secrets.resolve("arrflow_api_token"), "b1f0c5e2-token\n");
        StandardEnvironment environment = anEnvironmentWith(Map.of("ARRFLOW_API_TOKEN_FILE", token.toString()));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("ARRFLOW_API_TOKEN")).isEqualTo("b1f0c5e2-token");
        assertThat(environment.getProperty("arrflow.api.token")).isEqualTo("b1f0c5e2-token");
        assertThat(Binder.get(environment)
                        .bind("arrflow.api.token", String.class)
                        .get())
                .isEqualTo("b1f0c5e2-token");
    }

    @Test
    void a_spring_setting_may_come_from_a_file_too() throws IOException {
        Path password = Files.writeString(secrets.resolve("rabbitmq_password"), "rabbit-secret\n");
        StandardEnvironment environment =
                anEnvironmentWith(Map.of("SPRING_RABBITMQ_PASSWORD_FILE", password.toString()));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.rabbitmq.password")).isEqualTo("rabbit-secret");
    }

    @Test
    void the_file_wins_over_the_plain_variable_but_not_over_a_command_line_setting() throws IOException {
        Path token = Files.writeString(secrets.resolve("arrflow_api_token"), "from-file");
        Map<String, Object> variables = new HashMap<>();
        variables.put("ARRFLOW_API_TOKEN", "from-variable");
        variables.put("ARRFLOW_API_TOKEN_FILE", token.toString());
        StandardEnvironment environment = anEnvironmentWith(variables);

        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("arrflow.api.token")).isEqualTo("from-file");

        environment
                .getPropertySources()
                .addFirst(new org.springframework.core.env.MapPropertySource(
                        "commandLineArgs", Map.of("arrflow.api.token", "from-command-line")));
        assertThat(environment.getProperty("arrflow.api.token")).isEqualTo("from-command-line");
    }

    @Test
    void other_file_variables_and_blank_ones_are_ignored() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("PUID_FILE", "/etc/shadow");
        variables.put("ARRFLOW_SONARR_API_KEY_FILE", "  ");
        variables.put("ARRFLOW_API_TOKEN", "plain");

        assertThat(variables.entrySet())
                .allSatisfy(variable -> assertThat(SecretFileVariable.of(variable.getKey(), variable.getValue()))
                        .isEmpty());

        StandardEnvironment environment = anEnvironmentWith(variables);
        int sources = environment.getPropertySources().size();
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getPropertySources().size()).isEqualTo(sources);
    }

    @Test
    void a_file_that_cannot_be_read_stops_start_up_naming_the_variable_and_the_file() {
        Path missing = secrets.resolve("sonarr_api_key");
        StandardEnvironment environment = anEnvironmentWith(Map.of("ARRFLOW_SONARR_API_KEY_FILE", missing.toString()));

        assertThatThrownBy(() -> processor.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(SecretFileUnreadable.class)
                .hasMessage("ARRFLOW_SONARR_API_KEY_FILE names " + missing + ", which cannot be read"
                        + " (NoSuchFileException)")
                .satisfies(e -> {
                    SecretFileUnreadable unreadable = (SecretFileUnreadable) e;
                    assertThat(unreadable.variable()).isEqualTo("ARRFLOW_SONARR_API_KEY_FILE");
                    assertThat(unreadable.file()).isEqualTo(missing);
                });
    }

    @Test
    void secrets_are_still_found_when_the_environment_has_no_system_variables_source() throws IOException {
        Path token = Files.writeString(secrets.resolve("arrflow_api_token"), "b1f0c5e2-token");
        StandardEnvironment environment = anEnvironmentWith(Map.of("ARRFLOW_API_TOKEN_FILE", token.toString()));
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("arrflow.api.token")).isEqualTo("b1f0c5e2-token");
    }

    @Test
    void a_list_element_with_a_secret_from_a_file_keeps_its_other_settings() throws IOException {
        Path key = Files.writeString(secrets.resolve("sonarr-api-key"), "0123456789abcdef\n");
        StandardEnvironment environment = anEnvironmentWith(Map.of(
                "ARRFLOW_PROBER_TARGETS_0_NAME", "sonarr",
                "ARRFLOW_PROBER_TARGETS_0_KIND", "arr",
                "ARRFLOW_PROBER_TARGETS_0_URL", "http://sonarr:8989",
                "ARRFLOW_PROBER_TARGETS_0_API_KEY_FILE", key.toString(),
                "ARRFLOW_PROBER_TARGETS_1_NAME", "radarr",
                "ARRFLOW_PROBER_TARGETS_1_KIND", "http"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        List<Target> targets = Binder.get(environment)
                .bind("arrflow.prober.targets", Bindable.listOf(Target.class))
                .get();
        assertThat(targets)
                .containsExactly(
                        new Target("sonarr", "arr", "http://sonarr:8989", "0123456789abcdef", key),
                        new Target("radarr", "http", null, null, null));
    }

    @Test
    void a_setting_from_a_file_names_the_file_as_its_origin_and_the_others_keep_theirs() throws IOException {
        Path key = Files.writeString(secrets.resolve("sonarr-api-key"), "0123456789abcdef");
        StandardEnvironment environment = anEnvironmentWith(Map.of(
                "ARRFLOW_PROBER_TARGETS_0_API_KEY_FILE", key.toString(), "ARRFLOW_PROBER_TARGETS_0_NAME", "sonarr"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(originOf(environment, "arrflow.prober.targets[0].api-key"))
                .hasToString("file " + key + " named by ARRFLOW_PROBER_TARGETS_0_API_KEY_FILE");
        assertThat(originOf(environment, "arrflow.prober.targets[0].name"))
                .hasToString("System Environment Property \"ARRFLOW_PROBER_TARGETS_0_NAME\"");
    }

    /** Where the setting that binding would use comes from. */
    private static Origin originOf(StandardEnvironment environment, String property) {
        ConfigurationPropertyName name = ConfigurationPropertyName.of(property);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            ConfigurationProperty found = source.getConfigurationProperty(name);
            if (found != null) {
                return found.getOrigin();
            }
        }
        throw new AssertionError(property + " is not set");
    }

    /** A list element as a service binds it, e.g. one of health-prober's targets. */
    record Target(String name, String kind, String url, String apiKey, Path apiKeyFile) {}

    private static StandardEnvironment anEnvironmentWith(Map<String, Object> variables) {
        return OperatingSystemEnvironment.with(variables);
    }
}
