package io.arrflow.alerts.delivery.adapter;

import io.arrflow.alerts.alert.Notification;
import io.arrflow.alerts.delivery.DeliveryQueue;
import io.arrflow.platform.messaging.MessagePublisher;

/** {@link DeliveryQueue} on {@value #QUEUE}, confirmed by the broker, read back by {@link NotificationConsumer}. */
public record QueuedDeliveries(MessagePublisher publisher, NotificationCodec codec) implements DeliveryQueue {

    static final String QUEUE = "arrflow.alert-bridge.notifications";

    @Override
    public void enqueue(String channel, Notification notification) {
        publisher.sendConfirmed("", QUEUE, codec.encode(channel, notification));
    }
}
