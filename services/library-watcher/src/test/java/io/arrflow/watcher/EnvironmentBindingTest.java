package io.arrflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variable names the README and the generated {@code .env} promise really bind. */
class EnvironmentBindingTest {

    @Test
    void arr_connections_bind_from_both_spellings_of_the_api_key_file_variable() {
        WatcherProperties properties = bind(Map.of(
                "ARRFLOW_ARR_SONARR_URL", "http://sonarr:8989",
                "ARRFLOW_ARR_SONARR_API_KEY_FILE", "/run/secrets/sonarr-api-key",
                "ARRFLOW_ARR_RADARR_URL", "http://radarr:7878",
                "ARRFLOW_ARR_RADARR_APIKEYFILE", "/run/secrets/radarr-api-key"));

        assertThat(properties.arr().get("sonarr").url()).isEqualTo(URI.create("http://sonarr:8989"));
        assertThat(properties.arr().get("sonarr").apiKeyFile()).isEqualTo(Path.of("/run/secrets/sonarr-api-key"));
        assertThat(properties.arr().get("radarr").apiKeyFile()).isEqualTo(Path.of("/run/secrets/radarr-api-key"));
    }

    @Test
    void roots_and_mappings_bind_from_comma_separated_variables() {
        WatcherProperties properties = bind(Map.of(
                "ARRFLOW_LIBRARY_ROOTS", "/media/tv,/media/movies",
                "ARRFLOW_PATH_MAPPINGS", "/tv=/media/tv,/movies=/media/movies",
                "ARRFLOW_WEBHOOK_USERNAME", "sonarr"));

        assertThat(properties.library().roots()).containsExactly(Path.of("/media/tv"), Path.of("/media/movies"));
        assertThat(properties.path().mappings()).containsExactly("/tv=/media/tv", "/movies=/media/movies");
        assertThat(properties.webhook().username()).isEqualTo("sonarr");
    }

    private static WatcherProperties bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bindOrCreate("arrflow", WatcherProperties.class);
    }
}
