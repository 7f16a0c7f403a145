package io.arrflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeRequested;
import io.arrflow.model.TranscodeMessage.TranscodeSkipped;
import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.testing.TestMedia;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class WebhookToJobIT extends WatcherIntegrationTest {

    @Test
    void a_sonarr_download_of_an_h264_file_puts_exactly_one_job_on_the_queue() throws Exception {
        Path episode = inLibrary(H264, "tv/Harbor Lights/Season 02/Harbor Lights - S02E05.mkv");
        ObjectNode download = sonarrDownloadOf("/tv/Harbor Lights/Season 02/Harbor Lights - S02E05.mkv");

        HttpResponse<String> response = postWebhook("sonarr", download);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"reaction\":\"import\"");
        RunTranscode job = awaitJobsFor(episode, 1).getFirst();
        assertThat(job.plan()).isEqualTo(Plan.TRANSCODE);
        assertThat(job.profile()).isEqualTo("hevc");
        assertThat(job.encoder()).isEqualTo("any");
        assertThat(job.source().videoCodec()).isEqualTo("h264");
        assertThat(job.source().sizeBytes()).isEqualTo(Files.size(episode));
        assertThat(job.arrItem()).isEqualTo(new ArrItemRef(ArrApp.SONARR, 12));
        Envelope requested = awaitEvent(
                e -> e.payload() instanceof TranscodeRequested r && r.jobId().equals(job.jobId()));
        assertThat(((TranscodeRequested) requested.payload()).reason()).contains("h264");
    }

    @Test
    void a_claim_left_by_a_report_that_died_in_a_redis_outage_delays_the_file_but_does_not_lose_it() throws Exception {
        Path episode = inLibrary(H264, "tv/Harbor Lights/Season 02/Harbor Lights - S02E09.mkv");
        FileFingerprint file = FileFingerprint.of(episode.toRealPath());
        // What a POST /api/jobs that lost Redis half-way leaves behind: its claim, never released.
        redis.opsForValue().set("arrflow:seen:" + file.key(), "api-lost-in-an-outage", Duration.ofSeconds(5));

        HttpResponse<String> response =
                postWebhook("sonarr", sonarrDownloadOf("/tv/Harbor Lights/Season 02/Harbor Lights - S02E09.mkv"));

        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(40)).until(() -> jobsFor(episode).size() == 1);
        assertThat(redis.opsForValue().get("arrflow:seen:" + file.key())).isEqualTo("done");
    }

    @Test
    void a_download_that_names_no_file_is_answered_422_with_the_reason() throws Exception {
        ObjectNode download = sonarrDownloadOf("/tv/Harbor Lights/Season 02/unused.mkv");
        download.putNull("episodeFile");

        HttpResponse<String> response = postWebhook("sonarr", download);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("must name the imported file");
    }

    @Test
    void posting_the_same_download_again_adds_no_job() throws Exception {
        Path episode = inLibrary(H264, "tv/Harbor Lights/Season 02/Harbor Lights - S02E06.mkv");
        ObjectNode download = sonarrDownloadOf("/tv/Harbor Lights/Season 02/Harbor Lights - S02E06.mkv");
        postWebhook("sonarr", download);
        awaitJobsFor(episode, 1);

        HttpResponse<String> again = postWebhook("sonarr", download);
        eventsWithin(Duration.ofSeconds(2));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(jobsFor(episode)).hasSize(1);
    }

    @Test
    void a_file_found_by_the_folder_watcher_and_then_reported_by_a_webhook_yields_one_job() throws Exception {
        Path episode = inLibrary(H264, "tv/Harbor Lights/Season 02/Harbor Lights - S02E07.mkv");
        awaitJobsFor(episode, 1);

        postWebhook("sonarr", sonarrDownloadOf("/tv/Harbor Lights/Season 02/Harbor Lights - S02E07.mkv"));
        eventsWithin(Duration.ofSeconds(2));

        assertThat(jobsFor(episode)).hasSize(1);
        assertThat(jobsFor(episode).getFirst().arrItem()).isNull();
    }

    @Test
    void an_hevc_file_is_skipped_with_its_reason() throws Exception {
        Path movie = inLibrary(HEVC, "movies/The Quiet Meridian (2023)/The Quiet Meridian (2023).mkv");
        ObjectNode download = sample("radarr-download");
        ((ObjectNode) download.get("movieFile"))
                .put("path", "/movies/The Quiet Meridian (2023)/The Quiet Meridian (2023).mkv");

        assertThat(postWebhook("radarr", download).statusCode()).isEqualTo(200);

        Envelope skipped = awaitEvent(
                e -> e.payload() instanceof TranscodeSkipped s && s.path().equals(movie.toString()));
        assertThat(((TranscodeSkipped) skipped.payload()).reason()).isEqualTo("already-hevc");
        assertThat(jobsFor(movie)).isEmpty();
    }

    @Test
    void an_item_with_an_excluded_tag_is_skipped_without_probing() throws Exception {
        Path episode = inLibrary(H264, "tv/Kept/Season 01/Kept - S01E01.mkv");
        ObjectNode download = sonarrDownloadOf("/tv/Kept/Season 01/Kept - S01E01.mkv");
        ((ObjectNode) download.get("series")).putArray("tags").add("keep-original");

        assertThat(postWebhook("sonarr", download).statusCode()).isEqualTo(200);

        Envelope skipped = awaitEvent(
                e -> e.payload() instanceof TranscodeSkipped s && s.path().equals(episode.toString()));
        assertThat(((TranscodeSkipped) skipped.payload()).reason()).isEqualTo("excluded-tag");
    }

    @Test
    void every_arr_sample_payload_is_accepted_with_a_2xx() throws Exception {
        for (String name : List.of(
                "sonarr-download",
                "sonarr-download-upgrade",
                "sonarr-download-importcomplete",
                "radarr-download",
                "radarr-download-upgrade",
                "lidarr-download",
                "lidarr-download-upgrade")) {
            createFilesNamedIn(sample(name));
        }
        for (String name : ALL_SAMPLES) {
            String app = name.substring(0, name.indexOf('-'));

            HttpResponse<String> response = postWebhook(app, sample(name));

            assertThat(response.statusCode()).as(name + ": " + response.body()).isBetween(200, 299);
        }
    }

    private void createFilesNamedIn(ObjectNode payload) throws Exception {
        for (String field : List.of("episodeFile", "movieFile")) {
            if (payload.has(field)) {
                inLibrary(H264, relative(payload.get(field).get("path").asString()));
            }
        }
        for (String list : List.of("episodeFiles", "trackFiles")) {
            if (payload.has(list)) {
                for (var file : payload.get(list)) {
                    Path target = LIBRARY.resolve(relative(file.get("path").asString()));
                    Files.createDirectories(target.getParent());
                    TestMedia.run(List.of(
                            "ffmpeg",
                            "-loglevel",
                            "error",
                            "-y",
                            "-f",
                            "lavfi",
                            "-i",
                            "sine=duration=1",
                            "-c:a",
                            "flac",
                            target.toString()));
                }
            }
        }
    }

    private static String relative(String arrPath) {
        return arrPath.substring(1);
    }

    private ObjectNode sonarrDownloadOf(String arrPath) throws Exception {
        ObjectNode download = sample("sonarr-download");
        ((ObjectNode) download.get("episodeFile")).put("path", arrPath);
        return download;
    }

    static final List<String> ALL_SAMPLES = List.of(
            "sonarr-test",
            "sonarr-grab",
            "sonarr-download",
            "sonarr-download-upgrade",
            "sonarr-download-importcomplete",
            "sonarr-rename",
            "sonarr-seriesadd",
            "sonarr-seriesdelete",
            "sonarr-episodefiledelete",
            "sonarr-episodefiledelete-upgrade",
            "sonarr-health",
            "sonarr-healthrestored",
            "sonarr-applicationupdate",
            "sonarr-manualinteractionrequired",
            "radarr-test",
            "radarr-grab",
            "radarr-download",
            "radarr-download-upgrade",
            "radarr-rename",
            "radarr-movieadded",
            "radarr-moviedelete",
            "radarr-moviefiledelete",
            "radarr-moviefiledelete-upgrade",
            "radarr-health",
            "radarr-healthrestored",
            "radarr-applicationupdate",
            "radarr-manualinteractionrequired",
            "lidarr-test",
            "lidarr-grab",
            "lidarr-download",
            "lidarr-download-upgrade",
            "lidarr-importfailure",
            "lidarr-downloadfailure",
            "lidarr-rename",
            "lidarr-retag",
            "lidarr-artistadd",
            "lidarr-artistdelete",
            "lidarr-albumdelete",
            "lidarr-health",
            "lidarr-healthrestored",
            "lidarr-applicationupdate");
}
