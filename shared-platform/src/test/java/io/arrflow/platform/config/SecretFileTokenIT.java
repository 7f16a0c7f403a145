package io.arrflow.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.platform.secrets.OperatingSystemEnvironment;
import io.arrflow.platform.testing.TestBroker;
import io.arrflow.platform.testing.TestRedis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class SecretFileTokenIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void a_token_from_a_docker_secret_file_lets_the_service_start_and_guards_its_api(@TempDir Path secrets)
            throws Exception {
        Path token = Files.writeString(secrets.resolve("arrflow_api_token"), "from-a-docker-secret\n");
        List<String> properties = new ArrayList<>(List.of(TestBroker.springProperties("platform")));
        properties.addAll(List.of(TestRedis.springProperties(6)));
        properties.add("server.port=0");

        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(PlatformTestApplication.class)
                .web(WebApplicationType.SERVLET)
                .environment(OperatingSystemEnvironment.with(Map.of("ARRFLOW_API_TOKEN_FILE", token.toString())))
                .properties(properties.toArray(String[]::new))
                .run()) {
            String library =
                    "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port") + "/api/library";

            assertThat(get(library, "from-a-docker-secret").statusCode()).isEqualTo(200);
            assertThat(get(library, "a-guessed-token").statusCode()).isEqualTo(401);
        }
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
