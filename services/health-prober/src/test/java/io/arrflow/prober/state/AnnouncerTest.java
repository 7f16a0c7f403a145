package io.arrflow.prober.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.Envelope;
import io.arrflow.model.HealthMessage;
import io.arrflow.model.HealthMessage.ServiceDown;
import io.arrflow.model.HealthMessage.ServiceRecovered;
import io.arrflow.platform.messaging.PublishFailed;
import io.arrflow.platform.messaging.UnreadableMessage;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The outbox between a probe round and the broker, with an in-memory store and broker. */
class AnnouncerTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final Broker broker = new Broker();
    private final Announcer announcer = new Announcer(store, broker, "health-prober");

    @Test
    void each_transition_is_stored_with_its_status_then_announced_in_order() {
        announcer.record(List.of(sonarr(Health.DOWN, sonarrDown()), sonarr(Health.UP, sonarrRecovered())));

        assertThat(broker.payloads()).containsExactly(sonarrDown(), sonarrRecovered());
        assertThat(broker.sent)
                .allSatisfy(envelope -> assertThat(envelope.source()).isEqualTo("health-prober"));
        assertThat(store.statuses.get("sonarr").health()).isEqualTo(Health.UP);
        assertThat(store.outbox).isEmpty();
    }

    @Test
    void while_the_broker_is_away_transitions_wait_in_the_outbox_and_go_out_in_order_next_round() {
        broker.away = true;
        announcer.record(List.of(sonarr(Health.DOWN, sonarrDown())));

        assertThat(broker.sent).isEmpty();
        assertThat(store.outbox).hasSize(1);

        broker.away = false;
        announcer.record(List.of(sonarr(Health.UP, sonarrRecovered())));

        assertThat(broker.payloads()).containsExactly(sonarrDown(), sonarrRecovered());
        assertThat(store.outbox).isEmpty();
    }

    @Test
    void a_step_without_transitions_stores_the_status_and_announces_nothing() {
        announcer.record(List.of(new Step(status(Health.UP), List.of())));

        assertThat(broker.sent).isEmpty();
        assertThat(store.statuses).containsKey("sonarr");
    }

    @Test
    void an_entry_an_older_version_wrote_unreadably_is_dropped_and_the_rest_still_go_out() {
        store.outbox.add(Optional.empty());
        store.save(status(Health.DOWN), List.of(Envelope.of(sonarrDown(), "health-prober")));

        announcer.publishPending();

        assertThat(broker.payloads()).containsExactly(sonarrDown());
        assertThat(store.outbox).isEmpty();
    }

    private static Step sonarr(Health health, HealthMessage event) {
        return new Step(status(health), List.of(event));
    }

    private static TargetStatus status(Health health) {
        return new TargetStatus("sonarr", "arr", health, T0, 0, 0, "", T0, 12, null, null, Map.of());
    }

    private static ServiceDown sonarrDown() {
        return new ServiceDown("sonarr", "arr", "connection refused", T0, Map.of());
    }

    private static ServiceRecovered sonarrRecovered() {
        return new ServiceRecovered("sonarr", "arr", T0, 90);
    }

    /** Statuses and the outbox in memory; an empty entry stands for one no longer readable. */
    private static final class InMemoryStore implements StateStore {

        final Map<String, TargetStatus> statuses = new HashMap<>();
        final Deque<Optional<Envelope>> outbox = new ArrayDeque<>();

        @Override
        public Map<String, TargetStatus> load(Collection<String> names) {
            return Map.copyOf(statuses);
        }

        @Override
        public void save(TargetStatus status, List<Envelope> toPublish) {
            statuses.put(status.name(), status);
            toPublish.forEach(envelope -> outbox.add(Optional.of(envelope)));
        }

        @Override
        public Optional<Envelope> nextUnpublished() {
            Optional<Envelope> next = outbox.isEmpty() ? Optional.empty() : outbox.peek();
            if (!outbox.isEmpty() && next.isEmpty()) {
                throw new UnreadableMessage("unknown type ServiceWobbly");
            }
            return next;
        }

        @Override
        public void published() {
            outbox.poll();
        }
    }

    private static final class Broker implements HealthAnnouncements {

        final List<Envelope> sent = new ArrayList<>();
        boolean away;

        @Override
        public void announce(Envelope transition) {
            if (away) {
                throw new PublishFailed("broker unreachable");
            }
            sent.add(transition);
        }

        List<ArrflowMessage> payloads() {
            return sent.stream().map(Envelope::payload).toList();
        }
    }
}
