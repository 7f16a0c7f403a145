package io.arrflow.watcher.rescan;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.ArrMessage;
import io.arrflow.model.ArrMessage.ArrRescanCompleted;
import io.arrflow.model.ArrMessage.ArrRescanFailed;
import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.TranscodeCompleted;
import io.arrflow.watcher.WatcherProperties;
import io.arrflow.watcher.WatcherProperties.ArrConnection;
import io.arrflow.watcher.rescan.ArrConnections.Connection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rescan after a replaced file, against a scripted arr app and in-memory reports. */
class RescanHandlerTest {

    private static final ArrItemRef SERIES = new ArrItemRef(ArrApp.SONARR, 12);

    private final ScriptedArr arr = new ScriptedArr();
    private final RecordedReports reports = new RecordedReports();
    private final RescanHandler handler = new RescanHandler(
            new ArrConnections(Map.of("sonarr", new ArrConnection(URI.create("http://sonarr:8989"), "key", null))),
            arr,
            reports,
            new WatcherProperties.Rescan(3, Duration.ZERO, Duration.ofSeconds(5), Duration.ZERO));

    @Test
    void a_replaced_episode_file_rescans_its_series_and_reports_the_command() {
        arr.answers("started", "completed");
        Envelope cause = replaced(SERIES);

        handler.completed(cause, (TranscodeCompleted) cause.payload());

        assertThat(arr.started).containsExactly("RescanSeries");
        assertThat(reports.sent)
                .containsExactly(new ArrRescanCompleted(ArrApp.SONARR, "sonarr", 12, "RescanSeries", 1));
        assertThat(reports.causes).containsOnly(cause);
    }

    @Test
    void a_command_the_arr_app_fails_is_retried_then_reported_failed_with_the_attempts() {
        arr.answers("failed", "aborted", "failed");
        Envelope cause = replaced(SERIES);

        handler.completed(cause, (TranscodeCompleted) cause.payload());

        assertThat(arr.started).hasSize(3);
        assertThat(reports.sent)
                .containsExactly(new ArrRescanFailed(ArrApp.SONARR, "sonarr", 12, "RescanSeries ended failed", 3));
    }

    @Test
    void a_call_that_cannot_succeed_on_a_retry_is_reported_after_the_first_attempt() {
        arr.refuse(new ArrCallFailed("sonarr answered 401", false));
        Envelope cause = replaced(SERIES);

        handler.completed(cause, (TranscodeCompleted) cause.payload());

        assertThat(reports.sent)
                .containsExactly(new ArrRescanFailed(ArrApp.SONARR, "sonarr", 12, "sonarr answered 401", 1));
    }

    @Test
    void a_file_no_arr_app_owns_or_an_app_without_a_connection_is_not_rescanned() {
        Envelope unowned = replaced(null);
        Envelope movie = replaced(new ArrItemRef(ArrApp.RADARR, 3));

        handler.completed(unowned, (TranscodeCompleted) unowned.payload());
        handler.completed(movie, (TranscodeCompleted) movie.payload());

        assertThat(arr.started).isEmpty();
        assertThat(reports.sent).isEmpty();
    }

    private static Envelope replaced(ArrItemRef item) {
        TranscodeCompleted completed = new TranscodeCompleted(
                UUID.randomUUID(),
                "/media/tv/Show/S01E01.mkv",
                "/media/tv/Show/S01E01.avi",
                "libx265",
                10,
                5,
                1.5,
                item,
                null);
        return Envelope.of(completed, "transcode-worker");
    }

    /** Answers status polls from a script; every command it starts gets the next id. */
    private static final class ScriptedArr implements ArrCommands {

        final List<String> started = new ArrayList<>();
        private final Deque<String> statuses = new ArrayDeque<>();
        private ArrCallFailed refusal;

        void answers(String... script) {
            statuses.addAll(List.of(script));
        }

        void refuse(ArrCallFailed failure) {
            refusal = failure;
        }

        @Override
        public long start(Connection connection, RescanCommand command) {
            if (refusal != null) {
                throw refusal;
            }
            started.add(command.name());
            return started.size();
        }

        @Override
        public String status(Connection connection, RescanCommand command, long id) {
            return statuses.isEmpty() ? "completed" : statuses.poll();
        }
    }

    private static final class RecordedReports implements RescanReports {

        final List<ArrMessage> sent = new ArrayList<>();
        final List<Envelope> causes = new ArrayList<>();

        @Override
        public void completed(Envelope cause, ArrRescanCompleted done) {
            causes.add(cause);
            sent.add(done);
        }

        @Override
        public void failed(Envelope cause, ArrRescanFailed failure) {
            causes.add(cause);
            sent.add(failure);
        }
    }
}
