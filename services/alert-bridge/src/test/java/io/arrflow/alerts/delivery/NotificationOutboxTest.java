package io.arrflow.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.alerts.alert.Notification;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.alerts.channel.Channels;
import io.arrflow.alerts.routing.Route;
import io.arrflow.platform.messaging.PublishFailed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which deliveries a group's message becomes, told by an in-memory queue. */
class NotificationOutboxTest {

    private final Channels channels =
            Channels.of(Map.of("phone", "ntfy://alerts", "family", "tgram://1:a/2/3"), List.of());
    private final RecordedQueue queue = new RecordedQueue();
    private final NotificationOutbox outbox = new NotificationOutbox(queue, channels);

    @Test
    void a_message_is_queued_once_for_every_channel_of_its_route() {
        int queued = outbox.send(aRouteTo("phone", "family"), aServiceDownMessage());

        assertThat(queue.channels).containsExactly("phone", "family#2", "family#3");
        assertThat(queue.notifications).containsOnly(aServiceDownMessage());
        assertThat(queued).isEqualTo(3);
    }

    @Test
    void a_route_to_a_channel_nobody_configured_queues_nothing() {
        assertThat(outbox.send(aRouteTo("tablet"), aServiceDownMessage())).isZero();
        assertThat(queue.channels).isEmpty();
    }

    @Test
    void a_queue_that_refuses_stops_the_send_so_the_incident_is_not_marked_told() {
        queue.refuse = true;

        assertThatThrownBy(() -> outbox.send(aRouteTo("phone"), aServiceDownMessage()))
                .isInstanceOf(PublishFailed.class);
    }

    private static Route aRouteTo(String... channelNames) {
        return new Route("critical", Set.of(), Severity.CRITICAL, Map.of(), List.of(channelNames), List.of(), false);
    }

    private static Notification aServiceDownMessage() {
        return new Notification(
                "critical{}",
                "critical",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                false,
                Instant.parse("2026-03-01T10:00:00Z"));
    }

    private static final class RecordedQueue implements DeliveryQueue {

        final List<String> channels = new ArrayList<>();
        final List<Notification> notifications = new ArrayList<>();
        boolean refuse;

        @Override
        public void enqueue(String channel, Notification notification) {
            if (refuse) {
                throw new PublishFailed("broker unreachable");
            }
            channels.add(channel);
            notifications.add(notification);
        }
    }
}
