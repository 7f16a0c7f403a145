package io.arrflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.platform.config.StartupFailureAnalyzer;
import io.arrflow.platform.security.MissingCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

class StartupIT {

    @Test
    void without_webhook_credentials_the_service_refuses_to_start_with_a_clear_message() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(WatcherApplication.class)
                .properties(
                        "server.port=0",
                        "arrflow.api.token=some-token",
                        "arrflow.library.roots=" + System.getProperty("java.io.tmpdir"),
                        "arrflow.library.watch=false",
                        "spring.rabbitmq.listener.simple.auto-startup=false");

        assertThatThrownBy(app::run)
                .hasRootCauseInstanceOf(MissingCredentials.class)
                .satisfies(failure -> {
                    FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
                    assertThat(analysis.getDescription()).contains("ARRFLOW_WEBHOOK_USERNAME");
                    assertThat(analysis.getAction()).contains("_FILE");
                });
    }

    @Test
    void without_an_api_token_the_service_refuses_to_start() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(WatcherApplication.class)
                .properties(
                        "server.port=0",
                        "arrflow.webhook.username=u",
                        "arrflow.webhook.password=p",
                        "arrflow.library.roots=" + System.getProperty("java.io.tmpdir"),
                        "arrflow.library.watch=false");

        assertThatThrownBy(app::run)
                .hasRootCauseMessage(
                        "The API token is not configured: set ARRFLOW_API_TOKEN or ARRFLOW_API_TOKEN_FILE");
    }
}
