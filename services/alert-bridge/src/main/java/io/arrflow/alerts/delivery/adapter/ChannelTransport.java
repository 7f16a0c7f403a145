package io.arrflow.alerts.delivery.adapter;

import io.arrflow.alerts.alert.Notification;
import io.arrflow.alerts.channel.Channel;
import io.arrflow.alerts.channel.EmailChannel;
import io.arrflow.alerts.channel.HttpChannel;
import io.arrflow.alerts.delivery.Deliverer;
import io.arrflow.alerts.delivery.DeliveryResult;

/** Sends one attempt on any kind of channel. */
public final class ChannelTransport implements Deliverer.Transport {

    private final HttpTransport http;
    private final MailTransport mail;

    public ChannelTransport(HttpTransport http, MailTransport mail) {
        this.http = http;
        this.mail = mail;
    }

    @Override
    public DeliveryResult send(Channel channel, Notification notification) {
        return switch (channel) {
            case HttpChannel h -> sendHttp(h, notification);
            case EmailChannel e -> mail.send(e, notification);
        };
    }

    private DeliveryResult sendHttp(HttpChannel channel, Notification notification) {
        try {
            return http.send(channel, notification);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult.Transient("interrupted while sending to " + channel.kind());
        }
    }
}
