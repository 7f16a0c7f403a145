package io.arrflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.platform.config.ApiProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class RemoteUserAuthenticatorTest {

    private final RemoteUserAuthenticator authelia = new RemoteUserAuthenticator("Remote-User");

    @Test
    void a_request_authelia_let_through_is_accepted() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/stats");
        request.addHeader("Remote-User", "alice");

        assertThat(authelia.accepts(request)).isTrue();
    }

    @Test
    void a_request_without_the_header_or_with_a_blank_user_is_refused() {
        MockHttpServletRequest blank = new MockHttpServletRequest("GET", "/api/stats");
        blank.addHeader("Remote-User", "  ");

        assertThat(authelia.accepts(new MockHttpServletRequest("GET", "/api/stats")))
                .isFalse();
        assertThat(authelia.accepts(blank)).isFalse();
    }

    @Test
    void the_default_header_is_remote_user_when_none_is_configured() {
        assertThat(new ApiProperties("token", true, null, null).remoteUserHeader())
                .isEqualTo("Remote-User");
        assertThat(new ApiProperties("token", true, " ", null).remoteUserHeader())
                .isEqualTo("Remote-User");
        assertThat(new ApiProperties("token", true, "X-Forwarded-User", null).remoteUserHeader())
                .isEqualTo("X-Forwarded-User");
    }
}
