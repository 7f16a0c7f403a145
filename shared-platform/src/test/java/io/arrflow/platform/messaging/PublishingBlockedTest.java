package io.arrflow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.Connection;

class PublishingBlockedTest {

    private final PublishingBlocked blocked = new PublishingBlocked();

    @Test
    void a_blocked_connection_carries_the_brokers_reason_until_it_is_unblocked() {
        blocked.handleBlocked("low on memory");
        assertThat(blocked.reason()).contains("low on memory");

        blocked.handleUnblocked();
        assertThat(blocked.reason()).isEmpty();
    }

    @Test
    void a_closed_connection_is_no_longer_blocked_since_a_restarted_broker_never_unblocks_it() {
        blocked.handleBlocked("low on disk");

        blocked.onClose(null);

        assertThat(blocked.reason()).isEmpty();
    }

    @Test
    void a_new_connection_starts_unblocked_and_is_watched() {
        blocked.handleBlocked("low on memory");
        Connection connection = mock(Connection.class);

        blocked.onCreate(connection);

        assertThat(blocked.reason()).isEmpty();
        verify(connection).addBlockedListener(blocked);
    }
}
