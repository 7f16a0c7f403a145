package io.arrflow.prober.support;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.Envelope;
import io.arrflow.model.HealthMessage;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.RoutingKeys;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.platform.testing.TestBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** Every {@code health.*} event the prober publishes on the real broker, read from a queue of the test's own. */
public final class HealthEvents implements AutoCloseable {

    public static final String SUITE = "health-prober";

    private final CachingConnectionFactory connections;
    private final RabbitTemplate rabbit;
    private final RabbitAdmin admin;
    private final String queue = "prober-it-events-" + UUID.randomUUID();
    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final List<HealthMessage> seen = new ArrayList<>();

    public HealthEvents() {
        connections = new CachingConnectionFactory(TestBroker.HOST, 5672);
        connections.setUsername("guest");
        connections.setPassword("guest");
        connections.setVirtualHost(TestBroker.vhost(SUITE));
        admin = new RabbitAdmin(connections);
        TopicExchange events = new TopicExchange(Topology.EVENTS, true, false);
        admin.declareExchange(events);
        Queue mine = new Queue(queue, false, false, false);
        admin.declareQueue(mine);
        Binding binding = BindingBuilder.bind(mine).to(events).with("health.#");
        admin.declareBinding(binding);
        rabbit = new RabbitTemplate(connections);
    }

    /** Waits for the next event matching the type and target, keeping those seen on the way. */
    public <T extends HealthMessage> T await(Class<T> type, String target, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (HealthMessage event : seen) {
                if (type.isInstance(event) && event.target().equals(target)) {
                    seen.remove(event);
                    return type.cast(event);
                }
            }
            receive(200).ifPresent(seen::add);
        }
        throw new AssertionError(
                "no " + type.getSimpleName() + " for " + target + " within " + timeout + "; saw " + seen);
    }

    /** Everything published for a target during the given time. */
    public List<HealthMessage> during(Duration window, String target) {
        long deadline = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < deadline) {
            receive(100).ifPresent(seen::add);
        }
        List<HealthMessage> forTarget =
                seen.stream().filter(e -> e.target().equals(target)).toList();
        seen.removeAll(forTarget);
        return forTarget;
    }

    /** Publishes an event as another service would, e.g. secrets-rotator's {@code SecretRotated}. */
    public void publish(ArrflowMessage event) {
        Envelope envelope = Envelope.of(event, "prober-it");
        Message message = MessageBuilder.withBody(codec.encode(envelope))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .build();
        rabbit.send(Topology.EVENTS, RoutingKeys.of(event), message);
    }

    /** A queue of the test's own holding {@code count} messages nobody takes. */
    public void fill(String name, int count) {
        admin.declareQueue(new Queue(name, false, false, false));
        admin.purgeQueue(name, false);
        for (int i = 0; i < count; i++) {
            rabbit.send("", name, MessageBuilder.withBody(new byte[] {1}).build());
        }
    }

    public Envelope envelopeOf(Message message) {
        return codec.decode(message.getBody());
    }

    private java.util.Optional<HealthMessage> receive(long timeoutMillis) {
        Message message = rabbit.receive(queue, timeoutMillis);
        return java.util.Optional.ofNullable(message)
                .map(m -> (HealthMessage) envelopeOf(m).payload());
    }

    @Override
    public void close() {
        admin.deleteQueue(queue);
        connections.destroy();
    }
}
