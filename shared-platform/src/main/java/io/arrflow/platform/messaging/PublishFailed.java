package io.arrflow.platform.messaging;

/**
 * The broker did not confirm a publish (unreachable, refusing publishes, nack, unroutable or timed out):
 * nothing may be acknowledged upstream. The message is for the log; {@link #summary()} is for the caller.
 */
public class PublishFailed extends RuntimeException {

    static final String NOT_CONFIRMED = "it did not confirm the message, which may or may not have been queued";

    private final String summary;

    public PublishFailed(String message, Throwable cause) {
        this(NOT_CONFIRMED, message, cause);
    }

    public PublishFailed(String message) {
        this(NOT_CONFIRMED, message, null);
    }

    private PublishFailed(String summary, String message, Throwable cause) {
        super(message, cause);
        this.summary = summary;
    }

    static PublishFailed unreachable(String target, Throwable cause) {
        return new PublishFailed(
                "cannot connect to it, nothing was queued",
                "publish to " + target + " failed: " + cause.getMessage(),
                cause);
    }

    /** A resource alarm: the broker blocks every publisher until memory or disk is freed; nothing was sent. */
    static PublishFailed blocked(String target, String brokerReason) {
        return new PublishFailed(
                "it refuses publishes (" + brokerReason + "), nothing was queued",
                "publish to " + target + " refused, the broker blocks publishers: " + brokerReason,
                null);
    }

    /** The alarm came while the message was on its way: the broker may still take it once it recovers. */
    static PublishFailed blockedInFlight(String target, String brokerReason) {
        return new PublishFailed(
                "it refuses publishes (" + brokerReason + "); the message sent may still be queued when it recovers",
                "publish to " + target + " given up, the broker blocked publishers while it waited: " + brokerReason,
                null);
    }

    static PublishFailed unroutable(String target) {
        return new PublishFailed(
                "no queue is bound for the message, nothing was queued",
                "unroutable: no queue bound for " + target,
                null);
    }

    /** Why, in a few words an API client can act on: no exchange names, no exception classes. */
    public String summary() {
        return summary;
    }
}
