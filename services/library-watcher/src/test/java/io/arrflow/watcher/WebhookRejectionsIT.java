package io.arrflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.TranscodeMessage.MediaFileDetected;
import io.arrflow.platform.messaging.Topology;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Binding;
import tools.jackson.databind.node.ObjectNode;

class WebhookRejectionsIT extends WatcherIntegrationTest {

    @Test
    void a_webhook_without_credentials_is_refused_and_nothing_is_queued() throws Exception {
        Path episode = inLibrary(H264, "tv/Unauth/Season 01/Unauth - S01E01.mkv");

        HttpResponse<String> response =
                post("/webhooks/sonarr", downloadOf("/tv/Unauth/Season 01/Unauth - S01E01.mkv"), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Bearer").doesNotContain("Exception");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(eventsWithin(Duration.ofSeconds(2)))
                .noneMatch(e -> e.payload() instanceof MediaFileDetected d
                        && d.origin().equals("sonarr-webhook")
                        && d.path().equals(episode.toString()));
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        HttpResponse<String> response =
                post("/webhooks/sonarr", sample("sonarr-test").toString(), basic(WEBHOOK_USER, "wrong"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void the_api_token_is_accepted_on_the_webhook_too() throws Exception {
        HttpResponse<String> response =
                post("/webhooks/radarr", sample("radarr-test").toString(), bearer());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void basic_credentials_are_not_accepted_outside_the_webhooks() throws Exception {
        HttpResponse<String> response =
                post("/api/jobs", "{\"path\":\"/tv/a.mkv\"}", basic(WEBHOOK_USER, WEBHOOK_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void malformed_json_gets_a_400_with_a_one_line_reason() throws Exception {
        HttpResponse<String> response =
                post("/webhooks/sonarr", "{\"eventType\": \"Download\", ", basic(WEBHOOK_USER, WEBHOOK_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(400);
        ObjectNode problem = (ObjectNode) json.readTree(response.body());
        assertThat(problem.get("detail").asString())
                .startsWith("malformed JSON")
                .doesNotContain("\n");
        assertThat(response.body()).doesNotContain("at io.arrflow").doesNotContain("at tools.jackson");
    }

    @Test
    void an_unknown_event_type_is_accepted_and_counted_as_ignored() throws Exception {
        HttpResponse<String> response = post(
                "/webhooks/lidarr",
                "{\"eventType\":\"AlbumRatingChanged\",\"instanceName\":\"Lidarr\"}",
                basic(WEBHOOK_USER, WEBHOOK_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"outcome\":\"ignored\"");
        String metrics = get("/actuator/prometheus", bearer()).body();
        assertThat(metrics)
                .contains("arrflow_webhooks_total{app=\"lidarr\"")
                .contains("event=\"AlbumRatingChanged\"")
                .contains("outcome=\"ignored\"");
    }

    @Test
    void a_path_outside_the_library_roots_gets_a_422_and_nothing_is_queued() throws Exception {
        Path outside = Files.createTempFile("outside-", ".mkv");
        Files.copy(H264, outside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String escaping =
                "/tv/../../" + LIBRARY.relativize(outside.getParent().toRealPath()) + "/" + outside.getFileName();

        HttpResponse<String> response =
                post("/webhooks/sonarr", downloadOf(escaping), basic(WEBHOOK_USER, WEBHOOK_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("nothing was queued");
        assertThat(jobsAfterAWhile(outside.toRealPath())).isZero();
    }

    @Test
    void a_symlink_out_of_the_library_gets_a_422() throws Exception {
        Path outside = Files.copy(H264, Files.createTempDirectory("elsewhere-").resolve("secret.mkv"));
        Path link = LIBRARY.resolve("tv/Linked/Season 01/Linked - S01E01.mkv");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, outside);

        HttpResponse<String> response = post(
                "/webhooks/sonarr",
                downloadOf("/tv/Linked/Season 01/Linked - S01E01.mkv"),
                basic(WEBHOOK_USER, WEBHOOK_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(422);
    }

    @Test
    void a_grab_is_answered_even_when_nothing_subscribes_to_arr_events() throws Exception {
        admin.removeBinding(new Binding(TAP, Binding.DestinationType.QUEUE, Topology.EVENTS, "#", null));

        HttpResponse<String> response = postWebhook("sonarr", sample("sonarr-grab"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"reaction\":\"announce\"");
    }

    @Test
    void an_unknown_app_is_a_404_and_the_health_check_is_open() throws Exception {
        assertThat(post("/webhooks/plex", "{}", bearer()).statusCode()).isEqualTo(404);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    }

    private String downloadOf(String arrPath) throws Exception {
        ObjectNode download = sample("sonarr-download");
        ((ObjectNode) download.get("episodeFile")).put("path", arrPath);
        return json.writeValueAsString(download);
    }

    private int jobsAfterAWhile(Path path) {
        eventsWithin(Duration.ofSeconds(2));
        return jobsFor(path).size();
    }
}
