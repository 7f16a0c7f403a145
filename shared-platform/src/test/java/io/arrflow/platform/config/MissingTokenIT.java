package io.arrflow.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.platform.security.MissingCredentials;
import io.arrflow.platform.testing.TestBroker;
import io.arrflow.platform.testing.TestRedis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class MissingTokenIT {

    @Test
    void a_service_without_an_api_token_refuses_to_start_and_says_how_to_set_one(CapturedOutput output) {
        List<String> properties = new ArrayList<>(List.of(TestBroker.springProperties("platform")));
        properties.addAll(List.of(TestRedis.springProperties(6)));
        properties.add("server.port=0");
        SpringApplicationBuilder service = new SpringApplicationBuilder(PlatformTestApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties(properties.toArray(String[]::new));

        assertThatThrownBy(service::run)
                .rootCause()
                .isInstanceOf(MissingCredentials.class)
                .hasMessage("The API token is not configured: set ARRFLOW_API_TOKEN or ARRFLOW_API_TOKEN_FILE");
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("Set ARRFLOW_API_TOKEN (or ARRFLOW_API_TOKEN_FILE naming a file that holds it).");
    }

    @Test
    void a_blank_api_token_counts_as_missing() {
        List<String> properties = new ArrayList<>(List.of(TestBroker.springProperties("platform")));
        properties.addAll(List.of(TestRedis.springProperties(6)));
        properties.addAll(List.of("server.port=0", "arrflow.api.token=  "));
        SpringApplicationBuilder service = new SpringApplicationBuilder(PlatformTestApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties(properties.toArray(String[]::new));

        assertThatThrownBy(service::run).rootCause().isInstanceOf(MissingCredentials.class);
    }
}
