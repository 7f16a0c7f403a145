package io.arrflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class HttpBasicTest {

    @Test
    void encodes_user_and_password_as_rfc_7617_asks() {
        assertThat(HttpBasic.header("Aladdin", "open sesame")).isEqualTo("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    }

    @Test
    void a_missing_password_is_an_empty_one() {
        assertThat(HttpBasic.header("user", null)).isEqualTo(HttpBasic.header("user", ""));
    }

    @Test
    void what_it_encodes_the_basic_authenticator_accepts() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/sonarr");
        request.addHeader("Authorization", HttpBasic.header("sonarr", "s3cret:with-colon"));

        assertThat(new BasicAuthenticator("/webhooks/", "sonarr", "s3cret:with-colon").accepts(request))
                .isTrue();
    }
}
