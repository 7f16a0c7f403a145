package io.arrflow.platform.messaging;

/** A message that is not a readable arrflow envelope: a poison message, never retried. */
public class UnreadableMessage extends RuntimeException {

    public UnreadableMessage(String reason, Throwable cause) {
        super(reason, cause);
    }

    public UnreadableMessage(String reason) {
        super(reason);
    }
}
