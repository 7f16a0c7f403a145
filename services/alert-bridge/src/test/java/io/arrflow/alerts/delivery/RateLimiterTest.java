package io.arrflow.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.channel.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-23T20:00:00Z");
    private final FakeTime time = new FakeTime(T0);
    private final RateLimiter limiter = new RateLimiter(time, time);

    @Test
    void discord_gets_five_calls_then_waits_for_the_window_to_pass() throws Exception {
        RateLimit discord = new RateLimit.Window(5, Duration.ofSeconds(2));

        List<Instant> sent = send(12, "discord:1", discord);

        assertThat(sent.subList(0, 5)).allMatch(T0::equals);
        assertThat(sent.get(5)).isEqualTo(T0.plusSeconds(2));
        assertThat(sent.get(10)).isEqualTo(T0.plusSeconds(4));
        for (int i = 5; i < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i - 5), sent.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void a_window_counts_a_call_from_when_it_finished() throws Exception {
        RateLimit slack = new RateLimit.Window(1, Duration.ofSeconds(1));
        RateLimiter.Permit first = limiter.acquire("slack", slack);
        time.advance(Duration.ofMillis(700)); // a slow request
        limiter.done(first);

        limiter.acquire("slack", slack);

        assertThat(time.instant()).isEqualTo(T0.plusMillis(1700));
    }

    @Test
    void ntfy_allows_a_burst_then_one_every_five_seconds() throws Exception {
        RateLimit ntfy = new RateLimit.Bucket(3, Duration.ofSeconds(5));

        List<Instant> sent = send(5, "ntfy", ntfy);

        assertThat(sent.subList(0, 3)).allMatch(T0::equals);
        assertThat(sent.get(3)).isEqualTo(T0.plusSeconds(5));
        assertThat(sent.get(4)).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void a_429_holds_the_key_until_its_retry_after() throws Exception {
        limiter.holdUntil("telegram:1", T0.plusMillis(1500));
        limiter.holdUntil("telegram:1", T0.plusMillis(500)); // an earlier hold does not shorten it

        limiter.acquire("telegram:1", new RateLimit.Unlimited());

        assertThat(time.instant()).isEqualTo(T0.plusMillis(1500));
    }

    @Test
    void keys_do_not_wait_for_each_other() throws Exception {
        RateLimit one = new RateLimit.Window(1, Duration.ofSeconds(1));
        limiter.acquire("slack:a", one);
        limiter.acquire("slack:b", one);

        assertThat(time.sleeps).isEmpty();
    }

    private List<Instant> send(int count, String key, RateLimit limit) throws InterruptedException {
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            limiter.done(limiter.acquire(key, limit));
            sent.add(time.instant());
        }
        return sent;
    }
}
