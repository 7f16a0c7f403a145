package io.arrflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.Envelope;
import io.arrflow.model.PlatformMessage.MessageDeadLettered;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.platform.messaging.Topology;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;

/** Hand-written jobs: published to arrflow.transcode.requests (as from the management UI) or POSTed to /api/jobs. */
class TranscodeRequestsIT extends WatcherIntegrationTest {

    @Test
    void a_hand_written_request_on_the_queue_becomes_a_job() throws Exception {
        Path movie = inLibrary(H264, "movies/Heat (1995)/Heat (1995).mkv");

        publishByHand(
                "{\"type\":\"TranscodeFile\",\"payload\":{\"path\":\"/movies/Heat (1995)/Heat (1995).mkv\",\"profile\":\"hevc-software\"}}");

        RunTranscode job = awaitJobsFor(movie, 1).getFirst();
        assertThat(job.profile()).isEqualTo("hevc-software");
        assertThat(job.encoder()).isEqualTo("software");
    }

    @Test
    void a_request_for_a_path_outside_the_library_is_dead_lettered_with_its_reason() throws Exception {
        publishByHand("{\"type\":\"TranscodeFile\",\"payload\":{\"path\":\"/etc/passwd\"}}");

        Message dead = awaitDeadLetter();
        assertThat(dead.getMessageProperties().<String>getHeader(Topology.REASON_HEADER))
                .contains("outside the library roots");
        Envelope announced = awaitEvent(e -> e.payload() instanceof MessageDeadLettered);
        assertThat(((MessageDeadLettered) announced.payload()).queue()).isEqualTo(Topology.TRANSCODE_REQUESTS);
    }

    @Test
    void a_path_that_cannot_be_a_file_name_is_dead_lettered_at_once_and_refused_422_by_the_api() throws Exception {
        publishByHand("{\"type\":\"TranscodeFile\",\"payload\":{\"path\":\"/movies/Am\\u00e9lie\\u0000.mkv\"}}");

        Message dead = awaitDeadLetter();
        assertThat(dead.getMessageProperties().<String>getHeader(Topology.REASON_HEADER))
                .startsWith("path cannot be used as a file name here");
        assertThat(dead.getMessageProperties().<Long>getHeader("x-delivery-count"))
                .as("invalid, not retried as transient")
                .isNull();
        var answer = post("/api/jobs", "{\"path\":\"/movies/Am\\u00e9lie\\u0000.mkv\"}", bearer());
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body())
                .contains("path cannot be used as a file name here")
                .doesNotContain("Exception");
    }

    @Test
    void an_unreadable_request_is_dead_lettered_not_dropped() throws Exception {
        publishByHand("transcode please");

        Message dead = awaitDeadLetter();
        assertThat(new String(dead.getBody())).isEqualTo("transcode please");
        assertThat(dead.getMessageProperties().<String>getHeader(Topology.REASON_HEADER))
                .isNotBlank();
    }

    @Test
    void a_request_with_an_unknown_profile_is_dead_lettered() throws Exception {
        inLibrary(H264, "movies/Ronin (1998)/Ronin (1998).mkv");

        publishByHand(
                "{\"type\":\"TranscodeFile\",\"payload\":{\"path\":\"/movies/Ronin (1998)/Ronin (1998).mkv\",\"profile\":\"h266\"}}");

        assertThat(awaitDeadLetter().getMessageProperties().<String>getHeader(Topology.REASON_HEADER))
                .contains("unknown profile 'h266'");
    }

    @Test
    void the_jobs_api_queues_a_file_and_answers_202() throws Exception {
        Path movie = inLibrary(H264, "movies/Thief (1981)/Thief (1981).mkv");

        HttpResponse<String> response =
                post("/api/jobs", "{\"path\":\"/movies/Thief (1981)/Thief (1981).mkv\"}", bearer());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"status\":\"queued\"").contains("\"profile\":\"hevc\"");
        assertThat(awaitJobsFor(movie, 1)).hasSize(1);
        HttpResponse<String> again =
                post("/api/jobs", "{\"path\":\"/movies/Thief (1981)/Thief (1981).mkv\"}", bearer());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"status\":\"duplicate\"");
    }

    @Test
    void the_jobs_api_says_why_a_file_is_skipped() throws Exception {
        inLibrary(HEVC, "movies/Collateral (2004)/Collateral (2004).mkv");

        HttpResponse<String> response =
                post("/api/jobs", "{\"path\":\"/movies/Collateral (2004)/Collateral (2004).mkv\"}", bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"skipped\"").contains("already-hevc");
    }

    @Test
    void the_jobs_api_refuses_bad_requests_without_queueing() throws Exception {
        assertThat(post("/api/jobs", "{\"profile\":\"hevc\"}", bearer()).statusCode())
                .isEqualTo(400);
        assertThat(post("/api/jobs", "{\"path\":\"/etc/hostname\"}", bearer()).statusCode())
                .isEqualTo(422);
        assertThat(post("/api/jobs", "{\"path\":\"/movies/none.mkv\"}", bearer())
                        .statusCode())
                .isEqualTo(422);
        assertThat(post("/api/jobs", "{not json", bearer()).statusCode()).isEqualTo(400);
        assertThat(post("/api/jobs", "{\"path\":\"/movies/none.mkv\"}", null).statusCode())
                .isEqualTo(401);
    }

    private void publishByHand(String body) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType("application/json");
        Message message = MessageBuilder.withBody(body.getBytes())
                .andProperties(properties)
                .build();
        rabbit.send("", Topology.TRANSCODE_REQUESTS, message);
    }

    private Message awaitDeadLetter() {
        long deadline = System.currentTimeMillis() + Duration.ofSeconds(20).toMillis();
        while (System.currentTimeMillis() < deadline) {
            Message message = rabbit.receive(Topology.TRANSCODE_REQUESTS + Topology.DLQ_SUFFIX, 500);
            if (message != null) {
                return message;
            }
        }
        throw new AssertionError("nothing reached " + Topology.TRANSCODE_REQUESTS + Topology.DLQ_SUFFIX);
    }
}
