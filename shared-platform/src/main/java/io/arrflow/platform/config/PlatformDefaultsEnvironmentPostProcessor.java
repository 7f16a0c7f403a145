package io.arrflow.platform.config;

import io.arrflow.platform.messaging.Topology;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every arrflow service shares, ranked below everything a user sets: publisher confirms
 * and returns, a bounded channel pool, how consumer bindings declare their queues, the actuator endpoints that are exposed, no stack traces in
 * HTTP errors.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    private static final String BINDER = "spring.cloud.stream.rabbit.default.consumer.";

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("spring.rabbitmq.publisher-confirm-type", "correlated"),
            Map.entry("spring.rabbitmq.publisher-returns", "true"),
            Map.entry("spring.rabbitmq.template.mandatory", "true"),
            // A hard bound on channels: under a burst, publishers wait for a channel instead of
            // opening new ones until the broker's channel_max refuses them.
            Map.entry("spring.rabbitmq.cache.channel.size", "64"),
            Map.entry("spring.rabbitmq.cache.channel.checkout-timeout", "10s"),
            Map.entry("spring.threads.virtual.enabled", "true"),
            // Every consumer binding: the queue is named by its group alone (the names people type in the
            // management UI), a quorum queue with a delivery limit that dead-letters to <queue>.dlq on the
            // topic exchange arrflow.dlx. EnvelopeConsumer decides about retries (one attempt per
            // delivery; Redeliver requeues) and writes dead letters itself, with their reason.
            Map.entry("spring.cloud.stream.default.consumer.max-attempts", "1"),
            // Every consumer takes the body as bytes (EnvelopeCodec reads it): without native decoding the
            // function layer first tries to read the JSON body into byte[] with Jackson, fails with an
            // exception, then falls back, on every message (45 % more allocation per webhook, measured).
            Map.entry("spring.cloud.stream.default.consumer.use-native-decoding", "true"),
            // A Micrometer observation around every function call: a timer nobody reads (EnvelopeConsumer
            // and the services' own metrics count what matters), at a cost on every message.
            Map.entry(
                    "spring.autoconfigure.exclude",
                    "org.springframework.cloud.function.observability.ObservationAutoConfiguration"),
            Map.entry(BINDER + "queue-name-group-only", "true"),
            Map.entry(BINDER + "exchange-type", "topic"),
            Map.entry(BINDER + "quorum.enabled", "true"),
            Map.entry(BINDER + "quorum.delivery-limit", String.valueOf(Topology.DELIVERY_LIMIT)),
            Map.entry(BINDER + "auto-bind-dlq", "true"),
            Map.entry(BINDER + "dead-letter-exchange", Topology.DEAD_LETTERS),
            Map.entry(BINDER + "dead-letter-exchange-type", "topic"),
            Map.entry(BINDER + "dlq-quorum.enabled", "true"),
            Map.entry(BINDER + "republish-to-dlq", "false"),
            Map.entry(BINDER + "requeue-rejected", "true"),
            Map.entry(BINDER + "prefetch", "1"),
            // The binder also sends every listener failure to the global error channel, which logs it
            // with its stack trace; EnvelopeConsumer and QuietRedeliveries already log each one once.
            Map.entry("logging.level.org.springframework.integration.handler.LoggingHandler", "off"),
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
