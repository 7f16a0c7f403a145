package io.arrflow.alerts.delivery;

import java.time.Duration;

/** What one delivery attempt came to. */
public sealed interface DeliveryResult {

    record Delivered() implements DeliveryResult {}

    /** 429: the server named when to come back. */
    record RetryAfter(Duration delay, String reason) implements DeliveryResult {}

    /** Worth another try after a backoff: 5xx, timeouts, refused connections. */
    record Transient(String reason) implements DeliveryResult {}

    /** Will never succeed as it is (401, 404, a refused recipient): straight to the dead-letter queue. */
    record Permanent(String reason) implements DeliveryResult {}
}
