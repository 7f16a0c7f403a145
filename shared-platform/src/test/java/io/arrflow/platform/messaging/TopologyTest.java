package io.arrflow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;

class TopologyTest {

    @Test
    void jobs_for_any_encoder_share_the_main_jobs_queue() {
        assertThat(Topology.jobQueue("any")).isEqualTo("arrflow.transcode.jobs");
    }

    @Test
    void jobs_for_a_hardware_encoder_get_a_queue_of_their_own() {
        assertThat(Topology.jobQueue("vaapi")).isEqualTo("arrflow.transcode.jobs.vaapi");
        assertThat(Topology.jobQueue("qsv")).isEqualTo("arrflow.transcode.jobs.qsv");
    }

    @Test
    void a_service_subscribes_to_events_through_a_queue_named_after_it() {
        assertThat(Topology.eventQueue("alert-bridge")).isEqualTo("arrflow.alert-bridge.events");
    }

    @Test
    void an_event_subscription_binds_every_routing_pattern_to_the_events_exchange() {
        Declarables subscription = Topology.eventSubscription("alert-bridge", "health.#", "platform.#");

        assertThat(subscription.getDeclarablesByType(Binding.class))
                .filteredOn(binding -> binding.getExchange().equals(Topology.EVENTS))
                .extracting(Binding::getRoutingKey)
                .containsExactlyInAnyOrder("health.#", "platform.#");
        assertThat(subscription.getDeclarablesByType(Queue.class))
                .extracting(Queue::getName)
                .containsExactlyInAnyOrder("arrflow.alert-bridge.events", "arrflow.alert-bridge.events.dlq");
    }
}
