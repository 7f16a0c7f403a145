package io.arrflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.ArrMessage.ArrRescanCompleted;
import io.arrflow.model.ArrMessage.ArrRescanFailed;
import io.arrflow.model.SecretMessage.SecretRotated;
import io.arrflow.model.TranscodeMessage.TranscodeCompleted;
import io.arrflow.platform.arrapi.ArrApi;
import io.arrflow.platform.arrapi.ArrRequest;
import io.arrflow.platform.messaging.MessagePublisher;
import java.nio.file.Files;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a transcode completed, the arr app is told to rescan. Every request that reaches the loopback
 * Sonarr is checked against the project's Sonarr API subset ({@code arr-api/sonarr-v3.json}).
 */
class RescanIT extends WatcherIntegrationTest {

    private static final ArrApi SONARR_API = ArrApi.sonarrV3();

    @Autowired
    MessagePublisher publisher;

    @AfterEach
    void restoreKey() throws Exception {
        Files.writeString(SONARR_KEY_FILE, SONARR_KEY);
        SONARR.acceptedKey = SONARR_KEY;
    }

    @AfterEach
    void everyRequestIsOneSonarrTakes() {
        SONARR.calls.forEach(SONARR_API::assertAccepts);
    }

    @Test
    void a_completed_transcode_makes_sonarr_rescan_the_series_and_follows_the_command() throws Exception {
        publisher.publishEvent(completedEpisodeOfSeries(12));

        ArrRescanCompleted done =
                (ArrRescanCompleted) awaitEvent(e -> e.payload() instanceof ArrRescanCompleted c && c.itemId() == 12)
                        .payload();

        assertThat(done.itemId()).isEqualTo(12);
        assertThat(done.command()).isEqualTo("RescanSeries");
        ArrRequest start = SONARR.calls.getFirst();
        assertThat(start.method()).isEqualTo("POST");
        assertThat(start.header("X-Api-Key")).contains(SONARR_KEY);
        assertThat(json.readTree(start.body()).path("seriesId").asLong()).isEqualTo(12);
        assertThat(SONARR.calls)
                .anySatisfy(call -> assertThat(call.path()).isEqualTo("/api/v3/command/" + done.commandId()));
        assertThat(SONARR.calls.stream().map(SONARR_API::operationOf))
                .containsOnly(Optional.of("POST /api/v3/command"), Optional.of("GET /api/v3/command/{id}"));
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
        assertThat(failed.attempts())
                .as("a 4xx is not retried, and the event says so")
                .isEqualTo(1);
    }

    @Test
    void a_rotated_key_is_used_after_the_secret_rotated_event() throws Exception {
        String rotated = UUID.randomUUID().toString().replace("-", "");
        Files.writeString(SONARR_KEY_FILE, rotated);
        SONARR.acceptedKey = rotated;
        publisher.publishEvent(new SecretRotated("sonarr-api-key", 2));

        publisher.publishEvent(completedEpisodeOfSeries(15));

        awaitEvent(e -> e.payload() instanceof ArrRescanCompleted c && c.itemId() == 15);
        assertThat(SONARR.calls.getFirst().header("X-Api-Key")).contains(rotated);
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
                new ArrItemRef(ArrApp.SONARR, seriesId),
                null);
    }
}
