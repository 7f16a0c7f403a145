package io.arrflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class BearerTokenAuthenticatorTest {

    private static final String TOKEN = "b1f0c5e2-arrflow-api-token";

    private final BearerTokenAuthenticator authenticator = new BearerTokenAuthenticator(() -> TOKEN);

    @Test
    void a_request_with_the_bearer_token_is_accepted() {
        assertThat(authenticator.accepts(aJobsRequestWith("Authorization", "Bearer " + TOKEN)))
                .isTrue();
    }

    @Test
    void the_scheme_is_case_insensitive_and_spaces_around_the_token_do_not_matter() {
        assertThat(authenticator.accepts(aJobsRequestWith("Authorization", "bearer   " + TOKEN + " ")))
                .isTrue();
    }

    @Test
    void a_wrong_token_is_refused() {
        assertThat(authenticator.accepts(aJobsRequestWith("Authorization", "Bearer " + TOKEN + "x")))
                .isFalse();
        assertThat(authenticator.accepts(aJobsRequestWith("Authorization", "Bearer ")))
                .isFalse();
    }

    @Test
    void a_tool_may_send_the_token_in_the_api_token_header() {
        assertThat(authenticator.accepts(aJobsRequestWith("X-Api-Token", TOKEN)))
                .isTrue();
        assertThat(authenticator.accepts(aJobsRequestWith("X-Api-Token", "guess")))
                .isFalse();
    }

    @Test
    void a_request_without_credentials_is_refused() {
        assertThat(authenticator.accepts(new MockHttpServletRequest("GET", "/api/jobs")))
                .isFalse();
    }

    @Test
    void basic_credentials_are_not_a_bearer_token() {
        assertThat(authenticator.accepts(aJobsRequestWith("Authorization", "Basic " + TOKEN)))
                .isFalse();
    }

    @Test
    void a_rotated_token_is_accepted_and_the_old_one_no_longer() {
        AtomicReference<String> current = new AtomicReference<>(TOKEN);
        BearerTokenAuthenticator rotating = new BearerTokenAuthenticator(current::get);

        current.set("rotated-token");

        assertThat(rotating.accepts(aJobsRequestWith("Authorization", "Bearer rotated-token")))
                .isTrue();
        assertThat(rotating.accepts(aJobsRequestWith("Authorization", "Bearer " + TOKEN)))
                .isFalse();
    }

    @Test
    void nothing_is_accepted_while_no_token_is_configured() {
        BearerTokenAuthenticator unconfigured = new BearerTokenAuthenticator(() -> null);

        assertThat(unconfigured.accepts(aJobsRequestWith("Authorization", "Bearer null")))
                .isFalse();
    }

    private static MockHttpServletRequest aJobsRequestWith(String header, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/jobs");
        request.addHeader(header, value);
        return request;
    }
}
