package io.arrflow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
