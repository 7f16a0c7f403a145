package io.arrflow.platform.messaging;

import io.arrflow.platform.testing.TestBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

/**
 * An {@link EnvelopeConsumer} bound the way every service binds one: a Spring Boot application with
 * shared-platform's defaults and a Spring Cloud Stream binding of the Rabbit binder, on the suite's
 * virtual host. The binder declares the queue; closing stops the binding (the queue stays).
 */
final class BoundConsumer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private BoundConsumer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Consumes a work queue people publish to by hand, like arrflow.transcode.requests: bound to {@link Topology#COMMANDS}. */
    static BoundConsumer onWorkQueue(LocalBroker broker, String queue, Duration firstBackoff, EnvelopeHandler handler) {
        return start(
                broker,
                queue,
                firstBackoff,
                handler,
                List.of(
                        "spring.cloud.stream.bindings.envelopes-in-0.destination=" + Topology.COMMANDS,
                        "spring.cloud.stream.rabbit.bindings.envelopes-in-0.consumer.exchange-type=direct",
                        "spring.cloud.stream.rabbit.bindings.envelopes-in-0.consumer.binding-routing-key=" + queue));
    }

    /** Consumes a service's subscription to {@link Topology#EVENTS} with these routing patterns. */
    static BoundConsumer onEvents(LocalBroker broker, String queue, EnvelopeHandler handler, String... patterns) {
        return start(
                broker,
                queue,
                Duration.ofMillis(10),
                handler,
                List.of(
                        "spring.cloud.stream.bindings.envelopes-in-0.destination=" + Topology.EVENTS,
                        "spring.cloud.stream.rabbit.bindings.envelopes-in-0.consumer.binding-routing-key="
                                + String.join(",", patterns),
                        "spring.cloud.stream.rabbit.bindings.envelopes-in-0.consumer.binding-routing-key-delimiter=,"));
    }

    private static BoundConsumer start(
            LocalBroker broker, String queue, Duration firstBackoff, EnvelopeHandler handler, List<String> extra) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.application.name=platform-tests",
                "spring.rabbitmq.host=" + TestBroker.HOST,
                "spring.rabbitmq.port=5672",
                "spring.rabbitmq.username=guest",
                "spring.rabbitmq.password=guest",
                "spring.rabbitmq.virtual-host=" + broker.vhost,
                "spring.cloud.function.definition=envelopes",
                "spring.cloud.stream.bindings.envelopes-in-0.group=" + queue,
                "test.queue=" + queue,
                "test.first-backoff=" + firstBackoff.toMillis() + "ms"));
        properties.addAll(extra);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Binding.class)
                .web(WebApplicationType.NONE)
                .properties(properties.toArray(String[]::new))
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("handler", handler))
                .run();
        return new BoundConsumer(context);
    }

    @Override
    public void close() {
        context.close();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Binding {

        @Bean
        Consumer<Message<byte[]>> envelopes(
                EnvelopeCodec codec,
                DeadLetters deadLetters,
                EnvelopeHandler handler,
                @Value("${test.queue}") String queue,
                @Value("${test.first-backoff}") Duration firstBackoff) {
            return new EnvelopeConsumer(queue, codec, deadLetters, handler, firstBackoff);
        }
    }
}
