package io.arrflow.platform.messaging;

import com.rabbitmq.client.Channel;
import io.arrflow.model.Envelope;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

/**
 * The one place where consumer errors are handled (manual acknowledgement):
 *
 * <ul>
 *   <li>handled → ack;
 *   <li>unreadable or invalid → dead-letter queue with the reason, then ack (never requeued);
 *   <li>an outage of Redis → the message is held (not requeued, so no delivery is spent) and handled
 *       again with backoff until Redis is back, for up to {@link #OUTAGE_PATIENCE}; then as below;
 *   <li>anything else → wait with exponential backoff, then requeue; on the last delivery the
 *       queue allows ({@link Topology#DELIVERY_LIMIT} redeliveries), the handler is told it {@link
 *       EnvelopeHandler#gaveUp gave up} and the message goes to the dead-letter queue with the last
 *       failure as its reason. The broker's own delivery limit stays as the net for a consumer that
 *       dies on the message (a crash loop).
 * </ul>
 */
public class EnvelopeConsumer
        implements Consumer<org.springframework.messaging.Message<byte[]>>, ChannelAwareMessageListener {

    private static final Logger log = LoggerFactory.getLogger(EnvelopeConsumer.class);

    private final String queue;
    private final EnvelopeCodec codec;
    private final DeadLetters deadLetters;
    private final EnvelopeHandler handler;
    private final Duration firstBackoff;
    private final Duration outagePatience;

    /** How long a message is held through an outage of Redis before it counts as failed. */
    public static final Duration OUTAGE_PATIENCE = Duration.ofMinutes(10);

    private static final Duration LONGEST_OUTAGE_WAIT = Duration.ofSeconds(15);

    /** The wait before the first redelivery; it doubles with every delivery. */
    public static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    /** A consumer of {@code queue} (the name its dead letters are filed under) with the usual backoff. */
    public EnvelopeConsumer(String queue, EnvelopeCodec codec, DeadLetters deadLetters, EnvelopeHandler handler) {
        this(queue, codec, deadLetters, handler, FIRST_BACKOFF);
    }

    public EnvelopeConsumer(
            String queue,
            EnvelopeCodec codec,
            DeadLetters deadLetters,
            EnvelopeHandler handler,
            Duration firstBackoff) {
        this(queue, codec, deadLetters, handler, firstBackoff, OUTAGE_PATIENCE);
    }

    public EnvelopeConsumer(
            String queue,
            EnvelopeCodec codec,
            DeadLetters deadLetters,
            EnvelopeHandler handler,
            Duration firstBackoff,
            Duration outagePatience) {
        this.queue = queue;
        this.codec = codec;
        this.deadLetters = deadLetters;
        this.handler = handler;
        this.firstBackoff = firstBackoff;
        this.outagePatience = outagePatience;
    }

    /**
     * The way in through Spring Cloud Stream: the binder acknowledges when this returns and requeues
     * when it throws {@link Redeliver}.
     */
    @Override
    public void accept(org.springframework.messaging.Message<byte[]> message) {
        if (consume(AmqpSource.of(message)) == Verdict.REDELIVER) {
            throw new Redeliver(queue);
        }
    }

    /** The way in for a consumer that fetches its own messages ({@code basic.get}) and acknowledges them. */
    @Override
    public void onMessage(Message message, Channel channel) throws IOException {
        long tag = message.getMessageProperties().getDeliveryTag();
        if (consume(message) == Verdict.DONE) {
            channel.basicAck(tag, false);
        } else {
            channel.basicNack(tag, false, true);
        }
    }

    /** What becomes of a delivery: done (handled or dead-lettered) or delivered again after a wait. */
    enum Verdict {
        DONE,
        REDELIVER
    }

    Verdict consume(Message message) {
        Envelope envelope = null;
        try {
            envelope = codec.decode(message.getBody());
            identify(message, envelope);
            handleThroughOutages(message, envelope);
            return Verdict.DONE;
        } catch (UnreadableMessage | InvalidMessage e) {
            return deadLetter(message, e.getMessage());
        } catch (Exception e) {
            if (deliveryCount(message) >= Topology.DELIVERY_LIMIT) {
                return giveUp(message, envelope, e);
            }
            return retryLater(message, e);
        }
    }

    /** Handles the message; while Redis is unreachable, waits and handles it again instead of failing it. */
    private void handleThroughOutages(Message message, Envelope envelope) throws Exception {
        long deadline = System.nanoTime() + outagePatience.toNanos();
        for (int attempt = 0; ; attempt++) {
            try {
                handler.handle(envelope);
                return;
            } catch (Exception e) {
                Optional<String> outage = Outage.of(e);
                if (outage.isEmpty()
                        || System.nanoTime() > deadline
                        || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                Duration wait = min(backoff(attempt), LONGEST_OUTAGE_WAIT);
                log.warn(
                        "message {} on {} held, {}: handled again in {} ms (no delivery spent)",
                        id(message),
                        queue,
                        outage.get(),
                        wait.toMillis());
                sleep(wait);
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private Verdict giveUp(Message message, Envelope envelope, Exception cause) {
        String reason =
                "failed on all " + (Topology.DELIVERY_LIMIT + 1) + " deliveries, last: " + EnvelopeCodec.oneLine(cause);
        try {
            handler.gaveUp(envelope, reason);
        } catch (RuntimeException e) {
            log.warn("message {} on {}: its final state was not recorded: {}", id(message), queue, e.getMessage());
        }
        return deadLetter(message, reason);
    }

    private Verdict deadLetter(Message message, String reason) {
        try {
            deadLetters.send(message, queue, reason);
            return Verdict.DONE;
        } catch (PublishFailed e) {
            // An infrastructure failure like any other: back off, so the delivery limit is not spent at once.
            Duration wait = backoff(deliveryCount(message));
            log.warn(
                    "could not dead-letter {} from {}; requeued in {} ms: {}",
                    id(message),
                    queue,
                    wait.toMillis(),
                    e.getMessage());
            sleep(wait);
            return Verdict.REDELIVER;
        }
    }

    private Verdict retryLater(Message message, Exception cause) {
        long deliveries = deliveryCount(message);
        Duration wait = backoff(deliveries);
        log.warn(
                "message {} on {} failed (delivery {} of {}), retrying in {} ms: {}",
                id(message),
                queue,
                deliveries + 1,
                Topology.DELIVERY_LIMIT + 1,
                wait.toMillis(),
                EnvelopeCodec.oneLine(cause));
        sleep(wait);
        return Verdict.REDELIVER;
    }

    /**
     * A hand-written message (management UI "Publish message") carries no AMQP type or message id;
     * the envelope's are used, so a dead letter is announced with what it really was.
     */
    private static void identify(Message message, Envelope envelope) {
        MessageProperties properties = message.getMessageProperties();
        if (properties.getType() == null) {
            properties.setType(envelope.type());
        }
        if (properties.getMessageId() == null && envelope.id() != null) {
            properties.setMessageId(envelope.id().toString());
        }
    }

    Duration backoff(long previousDeliveries) {
        long factor = 1L << Math.min(previousDeliveries, 6);
        return firstBackoff.multipliedBy(factor);
    }

    private static long deliveryCount(Message message) {
        Object count = message.getMessageProperties().getHeaders().get("x-delivery-count");
        return count instanceof Number n ? n.longValue() : 0;
    }

    private static String id(Message message) {
        return message.getMessageProperties().getMessageId();
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Decodes without handling, for tests and tools. */
    Envelope decode(Message message) {
        return codec.decode(message.getBody());
    }
}
