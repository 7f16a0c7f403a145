package io.arrflow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.platform.security.BearerTokenAuthenticator;
import io.arrflow.platform.security.RemoteUserAuthenticator;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AuthenticationFilterTest {

    private static final String TOKEN = "b1f0c5e2-arrflow-api-token";

    private final AuthenticationFilter filter = new AuthenticationFilter(
            List.of(new BearerTokenAuthenticator(() -> TOKEN), new RemoteUserAuthenticator("Remote-User")));

    @Test
    void a_request_with_the_token_reaches_the_endpoint() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/jobs");
        request.addHeader("Authorization", "Bearer " + TOKEN);

        MockFilterChain chain = filter(request, new MockHttpServletResponse());

        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void any_accepting_authenticator_lets_a_request_through() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/stats");
        request.addHeader("Remote-User", "alice");

        assertThat(filter(request, new MockHttpServletResponse()).getRequest()).isSameAs(request);
    }

    @Test
    void a_request_without_credentials_is_answered_401_with_a_one_line_problem() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        MockFilterChain chain = filter(new MockHttpServletRequest("POST", "/api/jobs"), response);

        assertThat(chain.getRequest()).as("the endpoint is never reached").isNull();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("WWW-Authenticate")).contains("Bearer realm=\"arrflow\"");
        assertThat(response.getContentAsString())
                .contains("\"status\":401")
                .contains("missing or wrong credentials: send Authorization: Bearer <ARRFLOW_API_TOKEN>")
                .doesNotContain(TOKEN)
                .doesNotContain("\n");
    }

    @Test
    void the_container_health_check_needs_no_credentials() throws Exception {
        MockHttpServletRequest health = new MockHttpServletRequest("GET", "/actuator/health");
        MockHttpServletRequest liveness = new MockHttpServletRequest("GET", "/actuator/health/liveness");

        assertThat(filter(health, new MockHttpServletResponse()).getRequest()).isSameAs(health);
        assertThat(filter(liveness, new MockHttpServletResponse()).getRequest()).isSameAs(liveness);
    }

    @Test
    void other_actuator_endpoints_need_credentials() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(new MockHttpServletRequest("GET", "/actuator/prometheus"), response);

        assertThat(response.getStatus()).isEqualTo(401);
    }

    @Test
    void a_path_that_only_starts_like_the_health_check_needs_credentials() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(new MockHttpServletRequest("GET", "/actuator/healthdump"), response);

        assertThat(response.getStatus()).isEqualTo(401);
    }

    @Test
    void a_path_that_climbs_out_of_the_health_check_needs_credentials() throws Exception {
        for (String sneaky : List.of(
                "/actuator/health/../../api/jobs",
                "/actuator/health/..;/..;/api/jobs",
                "/actuator/health/%2e%2e/%2e%2e/api/jobs",
                "/actuator/health/%2E%2E/%2E%2E/api/jobs")) {
            MockHttpServletResponse response = new MockHttpServletResponse();

            MockFilterChain chain = filter(new MockHttpServletRequest("POST", sneaky), response);

            assertThat(chain.getRequest()).as(sneaky).isNull();
            assertThat(response.getStatus()).as(sneaky).isEqualTo(401);
        }
    }

    private MockFilterChain filter(MockHttpServletRequest request, MockHttpServletResponse response)
            throws ServletException, IOException {
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return chain;
    }
}
