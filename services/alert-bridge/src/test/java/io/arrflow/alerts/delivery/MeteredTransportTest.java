package io.arrflow.alerts.delivery;

import static io.arrflow.alerts.incident.Fixtures.notificationOf;
import static io.arrflow.alerts.incident.Fixtures.serviceDown;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.channel.Channel;
import io.arrflow.alerts.channel.ChannelUrls;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MeteredTransportTest {

    @Test
    void each_attempt_is_counted_by_channel_kind_and_outcome() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        Channel discord = ChannelUrls.parse("team", "discord://1/token").getFirst();
        MeteredTransport transport =
                new MeteredTransport((c, n) -> new DeliveryResult.RetryAfter(Duration.ofSeconds(1), "429"), registry);

        transport.send(discord, notificationOf(serviceDown("plex")));
        transport.send(discord, notificationOf(serviceDown("plex")));

        assertThat(registry.counter("arrflow.alerts.delivery.attempts", "kind", "discord", "outcome", "retry_after")
                        .count())
                .isEqualTo(2.0);
        assertThat(MeteredTransport.outcome(new DeliveryResult.Delivered())).isEqualTo("delivered");
    }
}
