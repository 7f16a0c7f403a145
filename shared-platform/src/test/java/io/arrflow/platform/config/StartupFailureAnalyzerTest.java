package io.arrflow.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.platform.secrets.SecretFileUnreadable;
import io.arrflow.platform.security.MissingCredentials;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class StartupFailureAnalyzerTest {

    private final StartupFailureAnalyzer analyzer = new StartupFailureAnalyzer();

    @Test
    void a_missing_token_deep_in_a_bean_failure_is_reported_in_one_sentence_with_the_fix() {
        MissingCredentials missing = new MissingCredentials("ARRFLOW_API_TOKEN", "The API token");
        BeanCreationException failure = new BeanCreationException("bearerTokenAuthenticator", "failed", missing);

        FailureAnalysis analysis = analyzer.analyze(failure);

        assertThat(analysis.getDescription())
                .isEqualTo("The API token is not configured: set ARRFLOW_API_TOKEN or ARRFLOW_API_TOKEN_FILE");
        assertThat(analysis.getAction())
                .startsWith("Set ARRFLOW_API_TOKEN (or ARRFLOW_API_TOKEN_FILE naming a file that holds it).")
                .contains("secrets-rotator init");
        assertThat(analysis.getCause()).isSameAs(missing);
        assertThat(missing.variable()).isEqualTo("ARRFLOW_API_TOKEN");
    }

    @Test
    void an_unreadable_secret_file_is_reported_with_the_file_to_check() {
        Path file = Path.of("/run/secrets/sonarr_api_key");
        SecretFileUnreadable unreadable = new SecretFileUnreadable(
                "ARRFLOW_SONARR_API_KEY_FILE", file, new AccessDeniedException(file.toString()));

        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("start-up failed", unreadable));

        assertThat(analysis.getDescription())
                .isEqualTo("ARRFLOW_SONARR_API_KEY_FILE names /run/secrets/sonarr_api_key, which cannot be read"
                        + " (AccessDeniedException)");
        assertThat(analysis.getAction())
                .isEqualTo("Check that /run/secrets/sonarr_api_key exists and is readable by this service's user.");
    }

    @Test
    void other_failures_are_left_to_spring_boot() {
        assertThat(analyzer.analyze(new IllegalStateException("port 8081 in use")))
                .isNull();
    }
}
