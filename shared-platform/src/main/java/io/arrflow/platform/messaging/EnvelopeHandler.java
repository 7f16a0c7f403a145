package io.arrflow.platform.messaging;

import io.arrflow.model.Envelope;

/**
 * A consumer's business logic: handle one message. Throw {@link InvalidMessage} for a message that
 * can never succeed; any other exception is treated as transient and retried with backoff.
 */
@FunctionalInterface
public interface EnvelopeHandler {

    void handle(Envelope envelope) throws Exception;

    /**
     * The message failed on the last delivery its queue allows and now goes to the dead-letter queue
     * with {@code reason}. A handler whose messages stand for work someone waits on leaves a final
     * state and tells who must know; the default has nothing to leave.
     */
    default void gaveUp(Envelope envelope, String reason) {}
}
