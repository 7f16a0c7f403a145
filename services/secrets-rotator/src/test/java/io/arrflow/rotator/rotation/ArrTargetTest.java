package io.arrflow.rotator.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.rotator.RotatorProperties;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArrTargetTest {

    private static final URI URL = URI.create("http://lidarr:8686");

    @Test
    void fills_in_the_container_api_path_and_key_file_from_the_app_name() {
        ArrTarget target = ArrTarget.of(
                "Lidarr", new RotatorProperties.App(null, URL, null, null, null, null), Path.of("/secrets"));

        assertThat(target.container()).isEqualTo("lidarr");
        assertThat(target.apiPath()).isEqualTo("/api/v1");
        assertThat(target.keyFile()).isEqualTo(Path.of("/secrets/lidarr-api-key"));
        assertThat(target.configXml()).isEmpty();
        assertThat(target.secretName()).isEqualTo("lidarr-api-key");
    }

    @Test
    void sonarr_and_radarr_serve_api_v3_and_explicit_settings_win() {
        ArrTarget target = ArrTarget.of(
                "sonarr",
                new RotatorProperties.App(
                        "media-sonarr",
                        URL,
                        "/sonarr/api/v3",
                        Path.of("/config/config.xml"),
                        Path.of("/keys/sonarr"),
                        false),
                Path.of("/secrets"));

        assertThat(ArrTarget.defaultApiPath("radarr")).isEqualTo("/api/v3");
        assertThat(target.container()).isEqualTo("media-sonarr");
        assertThat(target.apiPath()).isEqualTo("/sonarr/api/v3");
        assertThat(target.keyFile()).isEqualTo(Path.of("/keys/sonarr"));
        assertThat(target.configXml()).contains(Path.of("/config/config.xml"));
    }
}
