package io.arrflow.alerts.delivery;

import io.arrflow.alerts.alert.Notification;

/** The durable queue of deliveries: one entry per channel, stored before this returns. */
public interface DeliveryQueue {

    /** Throws {@link io.arrflow.platform.messaging.PublishFailed} when the broker did not store it. */
    void enqueue(String channel, Notification notification);
}
