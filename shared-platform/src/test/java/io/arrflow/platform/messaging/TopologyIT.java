package io.arrflow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

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
    void a_work_queue_is_a_quorum_queue_with_a_delivery_limit_that_dead_letters_to_its_dlq() {
        String queue = broker.aFreshWorkQueue("requests");
        try {
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
        String queue = broker.aFreshWorkQueue("requests");
        try {
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
        broker.declare(Topology.eventSubscription("platform-probe", "health.#"));
        String queue = Topology.eventQueue("platform-probe");
        broker.admin.purgeQueue(queue, false);
        try {
            broker.rabbit.convertAndSend(Topology.EVENTS, "transcode.TranscodeCompleted", "{}");
            broker.rabbit.convertAndSend(Topology.EVENTS, "health.ServiceDown", "{}");

            assertThat(broker.rabbit
                            .receive(queue, 5_000)
                            .getMessageProperties()
                            .getReceivedRoutingKey())
                    .isEqualTo("health.ServiceDown");
            assertThat(broker.rabbit.receive(queue, 500)).isNull();
        } finally {
            broker.deleteWorkQueue(queue);
        }
    }
}
