package io.arrflow.platform.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every arrflow service shares, ranked below everything a user sets: publisher confirms
 * and returns, a bounded channel pool, the actuator endpoints that are exposed, no stack traces in
 * HTTP errors.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("spring.rabbitmq.publisher-confirm-type", "correlated"),
            Map.entry("spring.rabbitmq.publisher-returns", "true"),
            Map.entry("spring.rabbitmq.template.mandatory", "true"),
            // A hard bound on channels: under a burst, publishers wait for a channel instead of
            // opening new ones until the broker's channel_max refuses them.
            Map.entry("spring.rabbitmq.cache.channel.size", "64"),
            Map.entry("spring.rabbitmq.cache.channel.checkout-timeout", "10s"),
            Map.entry("spring.threads.virtual.enabled", "true"),
            Map.entry("spring.mvc.problemdetails.enabled", "true"),
            Map.entry("server.error.include-stacktrace", "never"),
            Map.entry("server.error.include-message", "always"),
            Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            Map.entry("management.info.build.enabled", "true"),
            Map.entry("management.metrics.tags.application", "${spring.application.name}"),
            Map.entry("management.prometheus.metrics.export.enabled", "true"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("arrflowPlatformDefaults", DEFAULTS));
    }
}
