package io.arrflow.alerts.delivery.adapter;

import io.arrflow.alerts.channel.Channels;
import io.arrflow.alerts.delivery.Deliverer;
import io.arrflow.alerts.delivery.DeliveryResult;
import io.arrflow.alerts.delivery.OutgoingNotification;
import io.arrflow.platform.messaging.AmqpSource;
import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.PublishFailed;
import io.arrflow.platform.messaging.Redeliver;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;

/**
 * The error edge of deliveries, bound as {@code notifications-in-0}: delivered → ack; undeliverable
 * (gave up, refused, unknown channel, unreadable) → the dead-letter queue with the reason, then ack;
 * anything unexpected → requeue, and the queue's delivery limit dead-letters it in the end. Never
 * silently dropped.
 */
public final class NotificationConsumer implements Consumer<org.springframework.messaging.Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(NotificationConsumer.class);

    private final NotificationCodec codec = new NotificationCodec();
    private final Channels channels;
    private final Deliverer deliverer;
    private final DeadLetters deadLetters;

    public NotificationConsumer(Channels channels, Deliverer deliverer, DeadLetters deadLetters) {
        this.channels = channels;
        this.deliverer = deliverer;
        this.deadLetters = deadLetters;
    }

    @Override
    public void accept(org.springframework.messaging.Message<byte[]> delivery) {
        Message message = AmqpSource.of(delivery);
        Optional<String> failure;
        try {
            failure = deliver(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Redeliver(QueuedDeliveries.QUEUE);
        } catch (RuntimeException e) {
            log.warn("notification {} failed unexpectedly, requeued: {}", id(message), e.toString());
            throw new Redeliver(QueuedDeliveries.QUEUE);
        }
        failure.ifPresent(reason -> deadLetter(message, reason));
    }

    private Optional<String> deliver(Message message) throws InterruptedException {
        OutgoingNotification outgoing;
        try {
            outgoing = codec.decode(message);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        var channel = channels.channel(outgoing.channel());
        if (channel.isEmpty()) {
            return Optional.of("channel " + outgoing.channel() + " is not configured (any more)");
        }
        DeliveryResult result = deliverer.deliver(channel.get(), outgoing.notification());
        if (result instanceof DeliveryResult.Permanent p) {
            return Optional.of(outgoing.channel() + ": " + p.reason());
        }
        log.info(
                "notified {} {} on {}",
                outgoing.notification().status(),
                outgoing.notification().groupKey(),
                channel.get().name());
        return Optional.empty();
    }

    private void deadLetter(Message message, String reason) {
        try {
            deadLetters.send(message, QueuedDeliveries.QUEUE, reason);
        } catch (PublishFailed e) {
            log.warn("could not dead-letter notification {}; requeued: {}", id(message), e.getMessage());
            throw new Redeliver(QueuedDeliveries.QUEUE);
        }
    }

    private static String id(Message message) {
        return message.getMessageProperties().getMessageId();
    }
}
