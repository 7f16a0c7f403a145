package io.arrflow.platform.messaging;

import com.rabbitmq.client.BlockedListener;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionListener;

/**
 * Whether the broker blocks the publishing connection. Under a resource alarm (low memory or disk)
 * RabbitMQ stops reading from publishers without an error, so a publish would wait for the whole
 * confirm timeout; knowing it lets the publisher refuse at once, with the broker's reason. A new or
 * closed connection starts unblocked: a restarted broker sends no "unblocked" for the old one.
 */
final class PublishingBlocked implements ConnectionListener, BlockedListener {

    private static final Logger log = LoggerFactory.getLogger(PublishingBlocked.class);

    private final AtomicReference<String> reason = new AtomicReference<>();

    Optional<String> reason() {
        return Optional.ofNullable(reason.get());
    }

    @Override
    public void onCreate(Connection connection) {
        reason.set(null);
        connection.addBlockedListener(this);
    }

    @Override
    public void onClose(Connection connection) {
        reason.set(null);
    }

    @Override
    public void handleBlocked(String why) {
        reason.set(why);
        log.warn("the message broker blocks publishing ({}); publishes are refused until it unblocks", why);
    }

    @Override
    public void handleUnblocked() {
        reason.set(null);
        log.info("the message broker accepts publishes again");
    }
}
