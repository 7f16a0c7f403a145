package io.arrflow.alerts.delivery;

import io.arrflow.alerts.AlertsProperties;
import io.arrflow.alerts.channel.Channels;
import io.arrflow.alerts.delivery.adapter.ChannelTransport;
import io.arrflow.alerts.delivery.adapter.HttpTransport;
import io.arrflow.alerts.delivery.adapter.MailTransport;
import io.arrflow.alerts.delivery.adapter.NotificationCodec;
import io.arrflow.alerts.delivery.adapter.NotificationConsumer;
import io.arrflow.alerts.delivery.adapter.QueuedDeliveries;
import io.arrflow.alerts.incident.Incidents;
import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.MessagePublisher;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Channels, the notifications queue and its consumers. */
@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);

    @Bean
    Channels channels(
            AlertsProperties properties, @Value("${ARRFLOW_NOTIFY_URLS:${arrflow.notify-urls:}}") String notifyUrls) {
        Channels channels = Channels.of(properties.channels(), Channels.split(notifyUrls));
        if (channels.all().isEmpty()) {
            log.warn(
                    "no channel configured: set ARRFLOW_NOTIFY_URLS or arrflow.alerts.channels; alerts are tracked but not sent");
        }
        channels.all().forEach(c -> log.info("channel {}", c));
        return channels;
    }

    @Bean
    Incidents.Outbox notificationOutbox(MessagePublisher publisher, Channels channels) {
        return new NotificationOutbox(new QueuedDeliveries(publisher, new NotificationCodec()), channels)::send;
    }

    @Bean
    Deliverer deliverer(AlertsProperties properties, Clock clock, MeterRegistry meters) {
        var retry = properties.retry();
        HttpTransport http = new HttpTransport(properties.apiBases(), properties.httpTimeout(), clock);
        Deliverer.Transport transport =
                new MeteredTransport(new ChannelTransport(http, new MailTransport(properties.httpTimeout())), meters);
        RetryPolicy policy =
                new RetryPolicy(retry.attempts(), retry.initialBackoff(), retry.maxBackoff(), retry.rateLimited());
        Sleeper sleeper = Thread::sleep;
        return new Deliverer(transport, new RateLimiter(clock, sleeper), policy, clock, sleeper);
    }

    /** Binding {@code notifications-in-0}: arrflow.alert-bridge.notifications (alert-bridge.yml). */
    @Bean
    Consumer<Message<byte[]>> notifications(Channels channels, Deliverer deliverer, DeadLetters deadLetters) {
        return new NotificationConsumer(channels, deliverer, deadLetters);
    }
}
