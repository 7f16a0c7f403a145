package io.arrflow.platform.messaging;

/**
 * A readable message that can never be handled as it is (e.g. a path outside the library roots).
 * It goes to the dead-letter queue with this reason and is not retried.
 */
public class InvalidMessage extends RuntimeException {

    public InvalidMessage(String reason) {
        super(reason);
    }
}
