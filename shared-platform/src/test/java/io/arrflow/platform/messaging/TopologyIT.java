package io.arrflow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.arrflow.model.Envelope;
import io.arrflow.model.PlatformMessage.MessageDeadLettered;
import io.arrflow.model.SecretMessage.SecretRotated;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TopologyIT {

    private static LocalBroker broker;

    @BeforeAll
    static void connect() {
        broker = new LocalBroker();
    }

    @AfterAll
    static void disconnect() {
        broker.close();
    }

    @Test
    void a_bound_work_queue_is_a_quorum_queue_with_a_delivery_limit_that_dead_letters_to_its_dlq() {
        String queue = "arrflow.test.requests." + UUID.randomUUID();
        try (BoundConsumer ignored = BoundConsumer.onWorkQueue(broker, queue, Duration.ofMillis(10), e -> {})) {
            JsonNode view = broker.managementView(queue);

            assertThat(view.get("durable").asBoolean()).isTrue();
            assertThat(view.get("type").asString()).isEqualTo("quorum");
            JsonNode arguments = view.get("arguments");
            assertThat(arguments.get("x-queue-type").asString()).isEqualTo("quorum");
            assertThat(arguments.get("x-delivery-limit").asInt()).isEqualTo(Topology.DELIVERY_LIMIT);
            assertThat(arguments.get("x-dead-letter-exchange").asString()).isEqualTo(Topology.DEAD_LETTERS);
            assertThat(arguments.get("x-dead-letter-routing-key").asString()).isEqualTo(queue);
        } finally {
            broker.deleteWorkQueue(queue);
        }
    }

    @Test
    void the_dead_letter_queue_is_a_quorum_queue_bound_to_the_dead_letter_exchange_by_the_queue_name() {
        String queue = "arrflow.test.requests." + UUID.randomUUID();
        try (BoundConsumer ignored = BoundConsumer.onWorkQueue(broker, queue, Duration.ofMillis(10), e -> {})) {
            JsonNode dlq = broker.managementView(queue + Topology.DLQ_SUFFIX);
            JsonNode bindings = broker.bindings(Topology.DEAD_LETTERS, queue + Topology.DLQ_SUFFIX);

            assertThat(dlq.get("type").asString()).isEqualTo("quorum");
            assertThat(dlq.get("durable").asBoolean()).isTrue();
            assertThat(bindings).hasSize(1);
            assertThat(bindings.get(0).get("routing_key").asString()).isEqualTo(queue);
        } finally {
            broker.deleteWorkQueue(queue);
        }
    }

    @Test
    void a_job_sent_to_the_jobs_exchange_with_an_encoder_family_lands_in_that_family_queue() {
        broker.declare(Topology.jobQueueFor("vaapi"));
        String queue = Topology.jobQueue("vaapi");
        broker.admin.purgeQueue(queue, false);
        try {
            broker.rabbit.convertAndSend(Topology.JOBS, "vaapi", "{}");

            assertThat(broker.rabbit.receive(queue, 5_000)).isNotNull();
            assertThat(broker.managementView(queue)
                            .get("arguments")
                            .get("x-dead-letter-routing-key")
                            .asString())
                    .isEqualTo(queue);
        } finally {
            broker.deleteWorkQueue(queue);
        }
    }

    @Test
    void a_service_subscription_receives_the_events_it_asked_for_only() {
        String queue = Topology.eventQueue("platform-probe-" + UUID.randomUUID());
        List<Envelope> handled = new CopyOnWriteArrayList<>();
        try (BoundConsumer ignored =
                BoundConsumer.onEvents(broker, queue, handled::add, "platform.MessageDeadLettered")) {
            JsonNode bindings = broker.bindings(Topology.EVENTS, queue);
            broker.publisher.announce(new SecretRotated("sonarr", 2));
            Envelope deadLettered =
                    broker.publisher.announce(new MessageDeadLettered(queue, "TranscodeFile", "42", "probe"));

            await().atMost(Duration.ofSeconds(15)).until(() -> !handled.isEmpty());
            assertThat(bindings)
                    .extracting(b -> b.get("routing_key").asString())
                    .containsExactly("platform.MessageDeadLettered");
            assertThat(handled).containsExactly(deadLettered);
        } finally {
            broker.deleteWorkQueue(queue);
        }
    }
}
