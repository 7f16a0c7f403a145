package io.arrflow.platform.messaging;

import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Tells an outage of a store the handler depends on (Redis unreachable) from a failure of the
 * message itself: an outage is no property of the message, so it must not spend its deliveries.
 */
final class Outage {

    private Outage() {}

    /** A one-line description when {@code failure} (or one of its causes) is a store that cannot be reached. */
    static Optional<String> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof JedisConnectionException) {
                return Optional.of("Redis unreachable (" + cause.getClass().getSimpleName() + ")");
            }
        }
        return Optional.empty();
    }
}
