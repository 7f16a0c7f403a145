package io.arrflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class BasicAuthenticatorTest {

    private final BasicAuthenticator webhooks = new BasicAuthenticator("/webhooks/", "sonarr", "wébhook-sécret");

    @Test
    void an_arr_webhook_with_the_form_credentials_is_accepted() {
        assertThat(webhooks.accepts(aWebhookFrom("sonarr", "wébhook-sécret", StandardCharsets.ISO_8859_1)))
                .isTrue();
    }

    @Test
    void a_wrong_password_or_user_is_refused() {
        assertThat(webhooks.accepts(aWebhookFrom("sonarr", "guess", StandardCharsets.ISO_8859_1)))
                .isFalse();
        assertThat(webhooks.accepts(aWebhookFrom("radarr", "wébhook-sécret", StandardCharsets.ISO_8859_1)))
                .isFalse();
    }

    @Test
    void credentials_are_only_accepted_under_the_path_prefix() {
        MockHttpServletRequest request = aWebhookFrom("sonarr", "wébhook-sécret", StandardCharsets.ISO_8859_1);
        request.setRequestURI("/api/jobs");

        assertThat(webhooks.accepts(request)).isFalse();
    }

    @Test
    void a_header_without_a_colon_or_not_in_base64_is_refused() {
        assertThat(webhooks.accepts(aWebhookWithAuthorization(
                        "Basic " + Base64.getEncoder().encodeToString("sonarr".getBytes(StandardCharsets.ISO_8859_1)))))
                .isFalse();
        assertThat(webhooks.accepts(aWebhookWithAuthorization("Basic %%%not-base64%%%")))
                .isFalse();
    }

    @Test
    void a_bearer_token_or_no_header_is_not_basic_credentials() {
        assertThat(webhooks.accepts(aWebhookWithAuthorization("Bearer wébhook-sécret")))
                .isFalse();
        assertThat(webhooks.accepts(new MockHttpServletRequest("POST", "/webhooks/sonarr")))
                .isFalse();
    }

    @Test
    void a_password_containing_a_colon_is_split_at_the_first_colon() {
        BasicAuthenticator withColon = new BasicAuthenticator("/webhooks/", "radarr", "pass:word");

        assertThat(withColon.accepts(aWebhookFrom("radarr", "pass:word", StandardCharsets.ISO_8859_1)))
                .isTrue();
    }

    private static MockHttpServletRequest aWebhookFrom(String user, String password, Charset charset) {
        String encoded = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(charset));
        return aWebhookWithAuthorization("Basic " + encoded);
    }

    private static MockHttpServletRequest aWebhookWithAuthorization(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/sonarr");
        request.addHeader("Authorization", authorization);
        return request;
    }
}
