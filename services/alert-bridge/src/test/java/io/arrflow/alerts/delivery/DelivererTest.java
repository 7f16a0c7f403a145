package io.arrflow.alerts.delivery;

import static io.arrflow.alerts.incident.Fixtures.notificationOf;
import static io.arrflow.alerts.incident.Fixtures.serviceDown;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.channel.Channel;
import io.arrflow.alerts.channel.ChannelUrls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelivererTest {

    private final FakeTime time = new FakeTime(Instant.parse("2026-11-23T20:00:00Z"));
    private final Channel hook =
            ChannelUrls.parse("hook", "json://hooks.lan/alerts").getFirst();
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10), 2);

    @Test
    void a_transient_failure_is_retried_with_growing_backoff_then_delivered() throws Exception {
        Deliverer deliverer = deliverer(failing("503"), failing("503"), delivered());

        DeliveryResult result = deliverer.deliver(hook, notificationOf(serviceDown("sonarr")));

        assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void it_gives_up_after_the_last_attempt_with_the_reason() throws Exception {
        Deliverer deliverer = deliverer(failing("500"), failing("500"), failing("500 again"));

        DeliveryResult result = deliverer.deliver(hook, notificationOf(serviceDown("sonarr")));

        assertThat(result).isEqualTo(new DeliveryResult.Permanent("500 again (gave up after 3 attempts)"));
    }

    @Test
    void a_permanent_refusal_is_not_retried() throws Exception {
        Deliverer deliverer = deliverer(new DeliveryResult.Permanent("json answered 401"), delivered());

        assertThat(deliverer.deliver(hook, notificationOf(serviceDown("sonarr"))))
                .isEqualTo(new DeliveryResult.Permanent("json answered 401"));
    }

    @Test
    void a_429_waits_its_retry_after_and_does_not_count_as_an_attempt() throws Exception {
        Deliverer deliverer = deliverer(limited(), failing("502"), failing("502"), limited(), delivered());

        DeliveryResult result = deliverer.deliver(hook, notificationOf(serviceDown("sonarr")));

        assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
        assertThat(time.sleeps).contains(Duration.ofMillis(1500));
    }

    @Test
    void too_many_429_in_a_row_end_in_the_dead_letter_queue() throws Exception {
        Deliverer deliverer = deliverer(limited(), limited(), limited());

        DeliveryResult result = deliverer.deliver(hook, notificationOf(serviceDown("sonarr")));

        assertThat(result).isEqualTo(new DeliveryResult.Permanent("json answered 429 (rate limited 3 times)"));
    }

    @Test
    void backoff_never_exceeds_its_maximum() {
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(40)).isEqualTo(Duration.ofSeconds(10));
    }

    private Deliverer deliverer(DeliveryResult... results) {
        Deque<DeliveryResult> answers = new ArrayDeque<>(List.of(results));
        return new Deliverer((c, n) -> answers.pop(), new RateLimiter(time, time), policy, time, time);
    }

    private static DeliveryResult failing(String reason) {
        return new DeliveryResult.Transient(reason);
    }

    private static DeliveryResult limited() {
        return new DeliveryResult.RetryAfter(Duration.ofMillis(1500), "json answered 429");
    }

    private static DeliveryResult delivered() {
        return new DeliveryResult.Delivered();
    }
}
