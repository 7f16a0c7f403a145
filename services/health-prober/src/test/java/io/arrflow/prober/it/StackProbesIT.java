package io.arrflow.prober.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.SecretMessage.SecretRotated;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.prober.support.HealthEvents;
import io.arrflow.prober.support.SharedProber;
import io.arrflow.prober.support.StatsClient;
import io.arrflow.prober.support.TestProber;
import io.arrflow.transcode.jobs.EncodeProgress;
import io.arrflow.transcode.jobs.Ending;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.JobState;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every probe kind against real parts: an arr stand-in, TCP, disks, Redis, RabbitMQ; plus the API and metrics. */
@Order(Order.DEFAULT + 1) // shares the SharedProber, which stays up until the JVM exits
class StackProbesIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static SharedProber prober;
    private static HealthEvents broker;
    private static StatsClient api;

    @BeforeAll
    static void start() {
        prober = SharedProber.get();
        api = prober.api;
        broker = new HealthEvents();
        broker.fill(SharedProber.BACKLOG_QUEUE, 3);
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void each_probe_kind_reports_what_the_real_target_does() throws Exception {
        JsonNode stats = api.awaitStats(
                s -> StatsClient.stateOf(s, "it-tcp-closed").equals("DOWN")
                        && StatsClient.stateOf(s, "it-disk-full").equals("DOWN")
                        && StatsClient.stateOf(s, "it-rabbit").equals("DOWN"),
                WAIT);

        assertThat(StatsClient.stateOf(stats, "it-tcp")).isEqualTo("UP");
        assertThat(StatsClient.stateOf(stats, "it-disk")).isEqualTo("UP");
        assertThat(StatsClient.stateOf(stats, "it-redis")).isEqualTo("UP");
        assertThat(api.target("it-tcp-closed").path("reason").asString())
                .isEqualTo("connection refused on 127.0.0.1:" + prober.closedPort);
        assertThat(api.target("it-disk-full").path("reason").asString()).contains("free on");
        assertThat(api.target("it-rabbit").path("reason").asString())
                .isEqualTo(SharedProber.BACKLOG_QUEUE + " holds 3 messages, more than 2");
    }

    @Test
    void an_arr_app_is_down_for_a_health_error_and_shows_each_issue() throws Exception {
        api.awaitStats(
                s -> StatsClient.stateOf(s, "it-sonarr").equals("UP") && !api.targetUnchecked(s, "it-sonarr"), WAIT);
        prober.sonarr.reports("""
                [{"source":"IndexerStatusCheck","type":"warning","message":"Indexers unavailable due to failures"},
                 {"source":"RootFolderCheck","type":"error","message":"Missing root folder: /tv"}]""");

        api.awaitStats(s -> StatsClient.stateOf(s, "it-sonarr").equals("DOWN"), WAIT);
        JsonNode sonarr = api.target("it-sonarr");
        assertThat(sonarr.path("reason").asString()).isEqualTo("1 health error(s): Missing root folder: /tv");
        assertThat(sonarr.path("evidence").path("issue.IndexerStatusCheck").asString())
                .isEqualTo("warning: Indexers unavailable due to failures");

        prober.sonarr.reports("[]");
        api.awaitStats(s -> StatsClient.stateOf(s, "it-sonarr").equals("UP"), WAIT);
    }

    @Test
    void a_rotated_api_key_is_reloaded_when_secret_rotated_arrives() throws Exception {
        api.awaitStats(s -> !api.targetUnchecked(s, "it-radarr"), WAIT);
        String newKey = "fedcba9876543210fedcba9876543210";
        prober.rotateKeyFileKeepingItsTimestamp(newKey);
        prober.radarr.acceptOnly(newKey);
        api.awaitStats(s -> reasonOf(s, "it-radarr").equals("API key rejected (HTTP 401)"), WAIT);

        broker.publish(new SecretRotated("it-radarr-api-key", 2));

        api.awaitStats(s -> reasonOf(s, "it-radarr").isEmpty(), WAIT);
    }

    @Test
    void api_stats_shows_transcode_jobs_with_progress_from_the_shared_status() throws Exception {
        JobRegistry jobs = prober.context.getBean(JobRegistry.class);
        UUID running = UUID.randomUUID();
        jobs.queued(job(running, "/media/tv/Show/S01E01.mkv"));
        jobs.claim(running, "worker-1", "libx265");
        jobs.progress(running, new EncodeProgress(42.5, 30, 1.5, 120));
        UUID queued = UUID.randomUUID();
        jobs.queued(job(queued, "/media/tv/Show/S01E02.mkv"));
        UUID done = UUID.randomUUID();
        jobs.queued(job(done, "/media/tv/Show/S01E03.mkv"));
        jobs.claim(done, "worker-1", "libx265");
        jobs.finished(done, new Ending(JobState.REPLACED, null, 1_000_000, 400_000, null));
        UUID damaged = UUID.randomUUID();
        jobs.queued(job(damaged, "/media/tv/Show/S01E04.mkv"));
        jobs.claim(damaged, "worker-1", "libx265");
        jobs.finished(damaged, Ending.sourceDamaged("decodes to 2.0 s of the 4.0 s it declares", 1_000_000));

        JsonNode stats = api.awaitStats(
                s -> s.path("transcode").path("done").asLong() == 1
                        && s.path("transcode").path("damaged").asLong() == 1,
                WAIT);
        JsonNode transcode = stats.path("transcode");
        assertThat(transcode.path("queued").asLong()).isEqualTo(1);
        assertThat(transcode.path("running").asLong()).isEqualTo(1);
        assertThat(transcode.path("bytesSaved").asLong()).isEqualTo(600_000);
        JsonNode progress = transcode
                .path("jobs")
                .valueStream()
                .filter(job -> job.path("id").asString().equals(running.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(progress.path("percent").asDouble()).isEqualTo(42.5);
        assertThat(progress.path("worker").asString()).isEqualTo("worker-1");
    }

    @Test
    void metrics_expose_service_states_latencies_queue_sizes_and_transcode_counters() throws Exception {
        // the management API refreshes queue depths every few seconds: wait until the 3 messages show
        api.awaitStats(s -> StatsClient.stateOf(s, "it-tcp-closed").equals("DOWN") && backlogShows(s, 3), WAIT);
        // the gauges follow the stats on the next refresh
        String metrics = api.await(
                "/actuator/prometheus",
                body -> body.contains("queue=\"" + SharedProber.BACKLOG_QUEUE + "\"} 3.0")
                        && body.matches("(?s).*arrflow_service_up\\{[^}]*service=\"it-tcp-closed\"[^}]*} 0\\.0.*"),
                WAIT);

        assertThat(metrics)
                .containsPattern("arrflow_service_up\\{[^}]*service=\"it-tcp\"[^}]*} 1\\.0")
                .containsPattern("arrflow_service_up\\{[^}]*service=\"it-tcp-closed\"[^}]*} 0\\.0")
                .containsPattern("arrflow_service_state\\{[^}]*service=\"it-tcp-closed\",state=\"DOWN\"} 1\\.0")
                .containsPattern("arrflow_probe_latency_seconds_bucket\\{[^}]*service=\"it-redis\"")
                .containsPattern("media_queue_size\\{[^}]*queue=\"" + SharedProber.BACKLOG_QUEUE + "\"} 3\\.0")
                .contains("arrflow_transcode_outcomes_total{")
                .contains("arrflow_transcode_jobs{")
                .contains("arrflow_transcode_bytes_saved_total");
    }

    @Test
    void the_api_needs_the_token_but_the_container_health_check_does_not() throws Exception {
        String basic = "Basic "
                + Base64.getEncoder().encodeToString(("arrflow:" + TestProber.TOKEN).getBytes(StandardCharsets.UTF_8));

        assertThat(api.get("/api/stats", null).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/stats", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(api.get("/", null).statusCode()).isEqualTo(401);
        HttpResponse<String> withToken = api.get("/api/stats", "Bearer " + TestProber.TOKEN);
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(api.get("/", basic).statusCode()).isEqualTo(200);
        assertThat(api.get("/actuator/health", null).statusCode()).isEqualTo(200);
    }

    private static String reasonOf(JsonNode stats, String target) {
        return stats.path("targets")
                .valueStream()
                .filter(node -> node.path("name").asString().equals(target))
                .map(node -> node.path("checkedAt").isNull()
                        ? "unchecked"
                        : node.path("reason").asString())
                .findFirst()
                .orElse("missing");
    }

    private static RunTranscode job(UUID id, String path) {
        return new RunTranscode(id, path, "hevc-balanced", null, "libx265", "mkv", null, null, null);
    }

    private static boolean backlogShows(JsonNode stats, long ready) {
        return stats.path("queues")
                .valueStream()
                .anyMatch(queue -> queue.path("name").asString().equals(SharedProber.BACKLOG_QUEUE)
                        && queue.path("ready").asLong() == ready);
    }
}
