package io.arrflow.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponsesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T20:00:00Z");

    @Test
    void a_2xx_is_delivered() {
        assertThat(Responses.classify("discord", 204, Optional.empty(), "", NOW))
                .isInstanceOf(DeliveryResult.Delivered.class);
    }

    @Test
    void discords_429_body_gives_fractional_seconds() {
        DeliveryResult result = Responses.classify(
                "discord",
                429,
                Optional.of("1"),
                "{\"message\":\"You are being rate limited.\",\"retry_after\":0.42}",
                NOW);

        assertThat(result)
                .isEqualTo(new DeliveryResult.RetryAfter(
                        Duration.ofMillis(420),
                        "discord answered 429: {\"message\":\"You are being rate limited.\",\"retry_after\":0.42}"));
    }

    @Test
    void telegrams_429_parameters_give_whole_seconds() {
        String body = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
                + "\"parameters\":{\"retry_after\":7}}";

        assertThat(((DeliveryResult.RetryAfter) Responses.classify("telegram", 429, Optional.empty(), body, NOW))
                        .delay())
                .isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void slacks_429_uses_the_retry_after_header() {
        assertThat(Responses.retryAfter("", Optional.of("3"), NOW)).isEqualTo(Duration.ofSeconds(3));
        assertThat(Responses.retryAfter("", Optional.of("Mon, 23 Nov 2026 20:00:30 GMT"), NOW))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(Responses.retryAfter("", Optional.of("soon"), NOW)).isEqualTo(Responses.DEFAULT_RETRY_AFTER);
        assertThat(Responses.retryAfter(null, Optional.empty(), NOW)).isEqualTo(Responses.DEFAULT_RETRY_AFTER);
    }

    @Test
    void server_errors_and_timeouts_are_transient_and_other_4xx_permanent() {
        assertThat(Responses.classify("gotify", 502, Optional.empty(), "", NOW))
                .isEqualTo(new DeliveryResult.Transient("gotify answered 502"));
        assertThat(Responses.classify("gotify", 408, Optional.empty(), null, NOW))
                .isInstanceOf(DeliveryResult.Transient.class);
        assertThat(Responses.classify("gotify", 401, Optional.empty(), "{\"error\":\"Unauthorized\"}", NOW))
                .isEqualTo(new DeliveryResult.Permanent("gotify answered 401: {\"error\":\"Unauthorized\"}"));
    }

    @Test
    void a_long_error_body_is_cut_to_one_short_line() {
        DeliveryResult result = Responses.classify("json", 400, Optional.empty(), "x".repeat(500) + "\nsecond", NOW);

        assertThat(((DeliveryResult.Permanent) result).reason()).hasSize("json answered 400: ".length() + 161);
    }
}
