package io.arrflow.platform.messaging;

/** The broker did not confirm a publish (nack, unroutable or timed out): nothing may be acknowledged upstream. */
public class PublishFailed extends RuntimeException {

    public PublishFailed(String message, Throwable cause) {
        super(message, cause);
    }

    public PublishFailed(String message) {
        super(message);
    }
}
