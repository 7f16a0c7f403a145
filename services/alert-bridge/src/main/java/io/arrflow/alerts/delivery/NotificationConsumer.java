package io.arrflow.alerts.delivery;

import com.rabbitmq.client.Channel;
import io.arrflow.alerts.channel.Channels;
import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.PublishFailed;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

/**
 * The error edge of deliveries: delivered → ack; undeliverable (gave up, refused, unknown channel,
 * unreadable) → the dead-letter queue with the reason, then ack; anything unexpected → requeue, and
 * the queue's delivery limit dead-letters it in the end. Never silently dropped.
 */
final class NotificationConsumer implements ChannelAwareMessageListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationConsumer.class);

    private final NotificationCodec codec = new NotificationCodec();
    private final Channels channels;
    private final Deliverer deliverer;
    private final DeadLetters deadLetters;

    NotificationConsumer(Channels channels, Deliverer deliverer, DeadLetters deadLetters) {
        this.channels = channels;
        this.deliverer = deliverer;
        this.deadLetters = deadLetters;
    }

    @Override
    public void onMessage(Message message, Channel amqp) throws IOException {
        long tag = message.getMessageProperties().getDeliveryTag();
        try {
            Optional<String> failure = deliver(message);
            if (failure.isPresent()) {
                deadLetter(message, amqp, tag, failure.get());
            } else {
                amqp.basicAck(tag, false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            amqp.basicNack(tag, false, true);
        } catch (RuntimeException e) {
            log.warn("notification {} failed unexpectedly, requeued: {}", id(message), e.toString());
            amqp.basicNack(tag, false, true);
        }
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

    private void deadLetter(Message message, Channel amqp, long tag, String reason) throws IOException {
        try {
            deadLetters.send(message, NotificationOutbox.QUEUE, reason);
            amqp.basicAck(tag, false);
        } catch (PublishFailed e) {
            log.warn("could not dead-letter notification {}; requeued: {}", id(message), e.getMessage());
            amqp.basicNack(tag, false, true);
        }
    }

    private static String id(Message message) {
        return message.getMessageProperties().getMessageId();
    }
}
