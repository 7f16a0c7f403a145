package io.arrflow.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.security.BasicAuthenticator;
import io.arrflow.platform.security.BearerTokenAuthenticator;
import io.arrflow.platform.security.MissingCredentials;
import io.arrflow.platform.web.ApiErrors;
import io.arrflow.platform.web.AuthenticationFilter;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.ProducedFiles;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The auto-configuration's wiring, without a server, a broker or Redis. */
class PlatformAutoConfigurationTest {

    private final WebApplicationContextRunner webService = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ArrflowPlatformAutoConfiguration.class))
            .withPropertyValues("arrflow.api.token=b1f0c5e2-token");

    @Test
    void a_service_without_rabbitmq_or_redis_gets_no_publisher_and_no_job_registry() {
        webService.run(context -> {
            assertThat(context).hasSingleBean(EnvelopeCodec.class).hasSingleBean(ApiErrors.class);
            assertThat(context)
                    .doesNotHaveBean(MessagePublisher.class)
                    .doesNotHaveBean(DeadLetters.class)
                    .doesNotHaveBean(JobRegistry.class)
                    .doesNotHaveBean(ProducedFiles.class);
        });
    }

    @Test
    void a_service_behind_authelia_accepts_the_remote_user_header_when_told_to_trust_it() {
        webService.withPropertyValues("arrflow.api.trust-remote-user=true").run(context -> {
            assertThat(passes(context, "Remote-User", "alice")).isTrue();
        });
    }

    @Test
    void the_remote_user_header_is_not_trusted_by_default() {
        webService.run(
                context -> assertThat(passes(context, "Remote-User", "alice")).isFalse());
    }

    @Test
    void a_service_own_authenticator_is_consulted_too() {
        webService
                .withBean(BasicAuthenticator.class, () -> new BasicAuthenticator("/webhooks/", "sonarr", "hook"))
                .run(context -> {
                    String basic = "Basic "
                            + Base64.getEncoder().encodeToString("sonarr:hook".getBytes(StandardCharsets.ISO_8859_1));
                    assertThat(passes(context, "Authorization", basic)).isTrue();
                    assertThat(passes(context, "Authorization", "Bearer b1f0c5e2-token"))
                            .isTrue();
                });
    }

    @Test
    void a_web_service_without_a_token_fails_to_start() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ArrflowPlatformAutoConfiguration.class))
                .run(context -> assertThat(context).getFailure().rootCause().isInstanceOf(MissingCredentials.class));
    }

    @Test
    void a_service_without_http_needs_no_token() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ArrflowPlatformAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(BearerTokenAuthenticator.class);
                });
    }

    @SuppressWarnings("unchecked")
    private static boolean passes(ApplicationContext context, String header, String value) throws Exception {
        AuthenticationFilter filter =
                (AuthenticationFilter) context.getBean("authenticationFilter", FilterRegistrationBean.class)
                        .getFilter();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/sonarr");
        request.addHeader(header, value);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }
}
