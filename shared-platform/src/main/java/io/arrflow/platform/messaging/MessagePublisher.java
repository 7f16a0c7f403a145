package io.arrflow.platform.messaging;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.Envelope;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageBuilderSupport;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes envelopes and waits for the broker's confirm. A publish returns only once the message
 * is durably routed; otherwise it throws {@link PublishFailed}, so the caller never acknowledges
 * what was not stored.
 */
public class MessagePublisher {

    private static final Logger log = LoggerFactory.getLogger(MessagePublisher.class);

    /** Returns are read from each publish's correlation data; one shared callback keeps the template quiet. */
    private static final RabbitTemplate.ReturnsCallback RETURNS_SEEN_THROUGH_CONFIRMS = returned -> {};

    /** How often a publish waiting for its confirm looks whether the broker has blocked publishing. */
    private static final long BLOCKED_CHECK_MILLIS = 100;

    private final RabbitTemplate rabbit;
    private final EnvelopeCodec codec;
    private final String source;
    private final Duration confirmTimeout;
    private final PublishingBlocked blocked = new PublishingBlocked();

    public MessagePublisher(RabbitTemplate rabbit, EnvelopeCodec codec, String source, Duration confirmTimeout) {
        this.rabbit = rabbit;
        this.codec = codec;
        this.source = source;
        this.confirmTimeout = confirmTimeout;
        rabbit.setMandatory(true);
        rabbit.setReturnsCallback(RETURNS_SEEN_THROUGH_CONFIRMS);
        rabbit.getConnectionFactory().addConnectionListener(blocked);
    }

    /** Publishes an event that starts a flow on {@link Topology#EVENTS}; unroutable is a {@link PublishFailed}. */
    public Envelope publishEvent(ArrflowMessage event) {
        return publish(Topology.EVENTS, RoutingKeys.of(event), Envelope.of(event, source));
    }

    /** Publishes an event caused by another message, keeping its correlation id. */
    public Envelope publishEvent(Envelope cause, ArrflowMessage event) {
        return publish(Topology.EVENTS, RoutingKeys.of(event), Envelope.causedBy(cause, event, source));
    }

    /**
     * Publishes an event that may have no audience (e.g. alert-bridge is not deployed): a missing
     * subscriber is not an error, a nack or a missing confirm is.
     */
    public Envelope announce(ArrflowMessage event) {
        return announce(Envelope.of(event, source));
    }

    /** {@link #announce(ArrflowMessage)} for an event caused by another message. */
    public Envelope announce(Envelope cause, ArrflowMessage event) {
        return announce(Envelope.causedBy(cause, event, source));
    }

    /** {@link #announce(ArrflowMessage)} for an envelope made earlier (an outbox entry). */
    public Envelope announce(Envelope envelope) {
        ArrflowMessage event = envelope.payload();
        String routingKey = RoutingKeys.of(event);
        if (!send(Topology.EVENTS, routingKey, toMessage(envelope, Map.of()))) {
            log.debug("no queue subscribes to {}; event {} had no audience", routingKey, envelope.id());
        }
        return envelope;
    }

    /** Publishes an envelope to an exchange (use "" and a queue name for the default exchange). */
    public Envelope publish(String exchange, String routingKey, Envelope envelope) {
        sendConfirmed(exchange, routingKey, toMessage(envelope, Map.of()));
        return envelope;
    }

    /** Sends a prepared message and waits for its confirm; an unroutable message is a {@link PublishFailed}. */
    public void sendConfirmed(String exchange, String routingKey, Message message) {
        if (!send(exchange, routingKey, message)) {
            throw PublishFailed.unroutable(target(exchange, routingKey));
        }
    }

    /** Sends and waits for the confirm; returns false when the broker returned it as unroutable. */
    private boolean send(String exchange, String routingKey, Message message) {
        String target = target(exchange, routingKey);
        refuseWhileBlocked(target);
        CorrelationData correlation =
                new CorrelationData(message.getMessageProperties().getMessageId());
        try {
            rabbit.send(exchange, routingKey, message, correlation);
        } catch (AmqpConnectException e) {
            throw PublishFailed.unreachable(target, e);
        } catch (AmqpException e) {
            throw new PublishFailed("publish to " + target + " failed: " + e.getMessage(), e);
        }
        awaitConfirm(target, correlation);
        return correlation.getReturned() == null;
    }

    private void refuseWhileBlocked(String target) {
        blocked.reason().ifPresent(reason -> {
            throw PublishFailed.blocked(target, reason);
        });
    }

    private void giveUpWhenBlocked(String target) {
        blocked.reason().ifPresent(reason -> {
            throw PublishFailed.blockedInFlight(target, reason);
        });
    }

    public Message toMessage(Envelope envelope, Map<String, Object> headers) {
        MessageBuilderSupport<Message> builder = MessageBuilder.withBody(codec.encode(envelope))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setContentEncoding("utf-8")
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setMessageId(String.valueOf(envelope.id()))
                .setCorrelationId(envelope.correlationIdOrId())
                .setType(envelope.type())
                .setAppId(source)
                .setHeader("x-arrflow-version", envelope.version());
        headers.forEach(builder::setHeader);
        return builder.build();
    }

    private void awaitConfirm(String target, CorrelationData correlation) {
        try {
            CorrelationData.Confirm confirm = confirmOf(target, correlation);
            if (!confirm.ack()) {
                throw new PublishFailed("broker refused the message for " + target + ": " + confirm.reason());
            }
        } catch (TimeoutException e) {
            throw new PublishFailed("no publisher confirm for " + target + " within " + confirmTimeout, e);
        } catch (ExecutionException e) {
            throw new PublishFailed(
                    "publish to " + target + " failed: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailed("interrupted while waiting for the confirm of " + target, e);
        }
    }

    /** The confirm, or a refusal as soon as the broker blocks publishing while this publish waits. */
    private CorrelationData.Confirm confirmOf(String target, CorrelationData correlation)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + confirmTimeout.toNanos();
        while (true) {
            try {
                return correlation.getFuture().get(BLOCKED_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                giveUpWhenBlocked(target);
                if (System.nanoTime() >= deadline) {
                    throw notYet;
                }
            }
        }
    }

    private static String target(String exchange, String routingKey) {
        return exchange.isEmpty() ? routingKey : exchange + "/" + routingKey;
    }
}
