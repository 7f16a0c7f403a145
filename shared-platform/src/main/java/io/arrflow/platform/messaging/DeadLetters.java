package io.arrflow.platform.messaging;

import io.arrflow.model.PlatformMessage.MessageDeadLettered;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

/**
 * Moves a message that cannot be handled to its queue's dead-letter queue, with the reason in the
 * {@code x-arrflow-reason} header, then announces it with a {@link MessageDeadLettered} event.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final MessagePublisher publisher;

    public DeadLetters(MessagePublisher publisher) {
        this.publisher = publisher;
    }

    /** Returns once the dead letter is confirmed by the broker; throws {@link PublishFailed} otherwise. */
    public void send(Message message, String queue, String reason) {
        MessageProperties properties = message.getMessageProperties();
        properties.setHeader(Topology.REASON_HEADER, reason);
        properties.setHeader(Topology.ORIGINAL_QUEUE_HEADER, queue);
        properties.setHeader("x-arrflow-dead-lettered-at", Instant.now().toString());
        if (properties.getMessageId() == null) {
            properties.setMessageId("unidentified-" + System.nanoTime());
        }
        publisher.sendConfirmed(Topology.DEAD_LETTERS, queue, message);
        log.warn(
                "dead-lettered message {} from {} to {}{}: {}",
                properties.getMessageId(),
                queue,
                queue,
                Topology.DLQ_SUFFIX,
                reason);
        announce(queue, properties, reason);
    }

    private void announce(String queue, MessageProperties properties, String reason) {
        String type = properties.getType() == null ? "unreadable" : properties.getType();
        try {
            publisher.announce(new MessageDeadLettered(queue, type, properties.getMessageId(), reason));
        } catch (PublishFailed e) {
            // The dead letter itself is stored; the announcement is best effort.
            log.warn("could not announce dead letter {}: {}", properties.getMessageId(), e.getMessage());
        }
    }
}
