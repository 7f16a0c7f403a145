package io.arrflow.alerts.delivery;

import io.arrflow.alerts.alert.Notification;
import io.arrflow.alerts.channel.Channel;
import io.arrflow.alerts.channel.Channels;
import io.arrflow.alerts.routing.Route;

/**
 * Queues a group's message once per channel of its route, durably, so deliveries survive a restart
 * and a slow channel never holds up the others.
 */
final class NotificationOutbox {

    private final DeliveryQueue queue;
    private final Channels channels;

    NotificationOutbox(DeliveryQueue queue, Channels channels) {
        this.queue = queue;
        this.channels = channels;
    }

    /** Returns how many deliveries were queued. */
    int send(Route route, Notification notification) {
        int queued = 0;
        for (String name : route.channels()) {
            for (Channel channel : channels.named(name)) {
                queue.enqueue(channel.name(), notification);
                queued++;
            }
        }
        return queued;
    }
}
