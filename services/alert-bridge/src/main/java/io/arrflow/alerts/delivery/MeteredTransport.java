package io.arrflow.alerts.delivery;

import io.arrflow.alerts.alert.Notification;
import io.arrflow.alerts.channel.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * Counts delivery attempts per channel kind and outcome ({@code arrflow_alerts_delivery_attempts_total}),
 * wrapped around the transport so the delivery logic knows nothing of metrics.
 */
final class MeteredTransport implements Deliverer.Transport {

    private final Deliverer.Transport inner;
    private final MeterRegistry registry;

    MeteredTransport(Deliverer.Transport inner, MeterRegistry registry) {
        this.inner = inner;
        this.registry = registry;
    }

    @Override
    public DeliveryResult send(Channel channel, Notification notification) {
        DeliveryResult result = inner.send(channel, notification);
        registry.counter("arrflow.alerts.delivery.attempts", "kind", channel.kind(), "outcome", outcome(result))
                .increment();
        return result;
    }

    static String outcome(DeliveryResult result) {
        String name = result.getClass().getSimpleName();
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
