package io.arrflow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EnvelopeConsumerTest {

    private final EnvelopeConsumer consumer = new EnvelopeConsumer(
            "arrflow.transcode.jobs", new EnvelopeCodec(), null, envelope -> {}, Duration.ofMillis(10));

    @Test
    void the_first_retry_waits_the_first_backoff() {
        assertThat(consumer.backoff(0)).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    void the_wait_before_a_retry_doubles_with_every_delivery() {
        assertThat(consumer.backoff(1)).isEqualTo(Duration.ofMillis(20));
        assertThat(consumer.backoff(4)).isEqualTo(Duration.ofMillis(160));
    }

    @Test
    void the_wait_stops_growing_after_six_doublings() {
        assertThat(consumer.backoff(6)).isEqualTo(Duration.ofMillis(640));
        assertThat(consumer.backoff(40)).isEqualTo(Duration.ofMillis(640));
    }
}
