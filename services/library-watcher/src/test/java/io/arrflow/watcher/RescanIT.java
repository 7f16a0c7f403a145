package io.arrflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.ArrMessage.ArrRescanCompleted;
import io.arrflow.model.ArrMessage.ArrRescanFailed;
import io.arrflow.model.SecretMessage.SecretRotated;
import io.arrflow.model.TranscodeMessage.TranscodeCompleted;
import io.arrflow.platform.messaging.MessagePublisher;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** After a transcode completed, the arr app is told to rescan; the request is checked against Sonarr's OpenAPI spec. */
class RescanIT extends WatcherIntegrationTest {

    @Autowired
    MessagePublisher publisher;

    @AfterEach
    void restoreKey() throws Exception {
        Files.writeString(SONARR_KEY_FILE, SONARR_KEY);
        SONARR.acceptedKey = SONARR_KEY;
    }

    @Test
    void a_completed_transcode_makes_sonarr_rescan_the_series_and_follows_the_command() throws Exception {
        publisher.publishEvent(completedEpisodeOfSeries(12));

        ArrRescanCompleted done =
                (ArrRescanCompleted) awaitEvent(e -> e.payload() instanceof ArrRescanCompleted c && c.itemId() == 12)
                        .payload();

        assertThat(done.itemId()).isEqualTo(12);
        assertThat(done.command()).isEqualTo("RescanSeries");
        FakeSonarr.Call start = SONARR.calls.getFirst();
        assertThat(start.method()).isEqualTo("POST");
        assertThat(start.apiKey()).isEqualTo(SONARR_KEY);
        assertThat(SONARR.calls)
                .anySatisfy(call -> assertThat(call.path()).isEqualTo("/api/v3/command/" + done.commandId()));
        assertValidAgainstSonarrSpec(start);
    }

    @Test
    void a_failing_sonarr_is_retried_with_backoff() throws Exception {
        SONARR.failuresLeft = 2;

        publisher.publishEvent(completedEpisodeOfSeries(13));

        awaitEvent(e -> e.payload() instanceof ArrRescanCompleted c && c.itemId() == 13);
        assertThat(SONARR.calls.stream().filter(c -> c.method().equals("POST")).count())
                .isEqualTo(3);
    }

    @Test
    void a_rejected_key_is_reported_as_a_failed_rescan_without_the_key() throws Exception {
        SONARR.acceptedKey = "another-key";

        publisher.publishEvent(completedEpisodeOfSeries(14));

        ArrRescanFailed failed =
                (ArrRescanFailed) awaitEvent(e -> e.payload() instanceof ArrRescanFailed f && f.itemId() == 14)
                        .payload();
        assertThat(failed.reason()).contains("HTTP 401").doesNotContain(SONARR_KEY);
        assertThat(SONARR.calls).hasSize(1);
    }

    @Test
    void a_rotated_key_is_used_after_the_secret_rotated_event() throws Exception {
        String rotated = UUID.randomUUID().toString().replace("-", "");
        Files.writeString(SONARR_KEY_FILE, rotated);
        SONARR.acceptedKey = rotated;
        publisher.publishEvent(new SecretRotated("sonarr-api-key", 2));

        publisher.publishEvent(completedEpisodeOfSeries(15));

        awaitEvent(e -> e.payload() instanceof ArrRescanCompleted c && c.itemId() == 15);
        assertThat(SONARR.calls.getFirst().apiKey()).isEqualTo(rotated);
    }

    private static TranscodeCompleted completedEpisodeOfSeries(long seriesId) {
        return new TranscodeCompleted(
                UUID.randomUUID(),
                "/media/tv/x.mkv",
                null,
                "libx265",
                2000,
                1000,
                3.2,
                new ArrItemRef(ArrApp.SONARR, seriesId));
    }

    /**
     * The spec documents {@code POST /api/v3/command} with a {@code CommandResource} body and {@code
     * X-Api-Key} auth. Its schema is generated with {@code additionalProperties: false} and does not list
     * command parameters, while the server deserializes the raw body into the concrete command
     * ({@code RescanSeriesCommand.SeriesId}); the one parameter is therefore the only key allowed beyond it.
     */
    private void assertValidAgainstSonarrSpec(FakeSonarr.Call call) throws Exception {
        JsonNode spec = ArrSpecs.load("sonarr-v3-openapi.json");
        assertThat(spec.at("/paths/~1api~1v3~1command/post").isMissingNode()).isFalse();
        assertThat(spec.at("/components/securitySchemes/X-Api-Key/name").asString())
                .isEqualTo("X-Api-Key");
        JsonNode resource = spec.at("/components/schemas/CommandResource/properties");
        JsonNode body = json.readTree(call.body());
        assertThat(resource.get("name").get("type").asString()).isEqualTo("string");
        assertThat(body.get("name").isString()).isTrue();
        Set<String> extra = new HashSet<>(body.propertyNames());
        extra.removeAll(resource.propertyNames());
        assertThat(extra).containsExactly("seriesId");
        assertThat(body.get("seriesId").isIntegralNumber()).isTrue();
        assertThat(spec.at("/components/schemas/CommandStatus/enum").toString()).contains("completed", "failed");
    }
}
