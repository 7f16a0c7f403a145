package io.arrflow.platform.messaging;

import io.arrflow.model.Envelope;

/**
 * A consumer's business logic: handle one message. Throw {@link InvalidMessage} for a message that
 * can never succeed; any other exception is treated as transient and retried with backoff.
 */
@FunctionalInterface
public interface EnvelopeHandler {

    void handle(Envelope envelope) throws Exception;
}
