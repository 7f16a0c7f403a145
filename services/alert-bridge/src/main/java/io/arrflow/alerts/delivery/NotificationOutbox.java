package io.arrflow.alerts.delivery;

import io.arrflow.alerts.channel.Channel;
import io.arrflow.alerts.channel.Channels;
import io.arrflow.alerts.incident.Notification;
import io.arrflow.alerts.routing.Route;
import io.arrflow.platform.messaging.MessagePublisher;

/**
 * Queues a group's message once per channel of its route, durably (publisher confirms), so
 * deliveries survive a restart and a slow channel never holds up the others.
 */
public final class NotificationOutbox {

    public static final String QUEUE = "arrflow.alert-bridge.notifications";

    private final MessagePublisher publisher;
    private final Channels channels;
    private final NotificationCodec codec = new NotificationCodec();

    NotificationOutbox(MessagePublisher publisher, Channels channels) {
        this.publisher = publisher;
        this.channels = channels;
    }

    /** Returns how many deliveries were queued. */
    public int send(Route route, Notification notification) {
        int queued = 0;
        for (String name : route.channels()) {
            for (Channel channel : channels.named(name)) {
                publisher.sendConfirmed("", QUEUE, codec.encode(channel.name(), notification));
                queued++;
            }
        }
        return queued;
    }
}
