package io.arrflow.watcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeCancelled;
import io.arrflow.model.TranscodeMessage.TranscodeRetargeted;
import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.ProducedFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

class JobLifecycleIT extends WatcherIntegrationTest {

    @Autowired
    JobRegistry registry;

    @Autowired
    ProducedFiles produced;

    @Test
    void deleting_an_episode_file_cancels_its_pending_job() throws Exception {
        Path episode = inLibrary(H264, "tv/Deleted/Season 01/Deleted - S01E01.mkv");
        RunTranscode job = awaitJobsFor(episode, 1).getFirst();
        ObjectNode delete = sample("sonarr-episodefiledelete");
        ((ObjectNode) delete.get("episodeFile")).put("path", "/tv/Deleted/Season 01/Deleted - S01E01.mkv");

        assertThat(postWebhook("sonarr", delete).statusCode()).isEqualTo(200);

        assertThat(registry.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
        Envelope cancelled = awaitEvent(
                e -> e.payload() instanceof TranscodeCancelled c && c.jobId().equals(job.jobId()));
        assertThat(((TranscodeCancelled) cancelled.payload()).reason()).contains("file deleted");
    }

    @Test
    void deleting_a_series_cancels_every_pending_job_under_its_folder() throws Exception {
        Path first = inLibrary(H264, "tv/Harbor Lights/Season 03/Harbor Lights - S03E01.mkv");
        Path second = inLibrary(H264, "tv/Harbor Lights/Season 03/Harbor Lights - S03E02.mkv");
        RunTranscode one = awaitJobsFor(first, 1).getFirst();
        RunTranscode two = awaitJobsFor(second, 1).getFirst();

        assertThat(postWebhook("sonarr", sample("sonarr-seriesdelete")).statusCode())
                .isEqualTo(200);

        assertThat(registry.status(one.jobId()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
        assertThat(registry.status(two.jobId()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void a_renamed_file_takes_its_pending_job_along() throws Exception {
        Path before = inLibrary(
                H264, "movies/The Quiet Meridian (2023)/The.Quiet.Meridian.2023.1080p.BluRay.x264-SPARKS.mkv");
        RunTranscode job = awaitJobsFor(before, 1).getFirst();
        Path after = before.resolveSibling("The Quiet Meridian (2023) Bluray-1080p.mkv");
        Files.move(before, after, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(postWebhook("radarr", sample("radarr-rename")).statusCode()).isEqualTo(200);

        assertThat(registry.status(job.jobId()).orElseThrow().path()).isEqualTo(after.toString());
        awaitEvent(e -> e.payload() instanceof TranscodeRetargeted r && r.path().equals(after.toString()));
        assertThat(registry.pendingJobFor(after.toString())).contains(job.jobId());
    }

    @Test
    void arrflow_never_queues_a_file_it_produced_itself() throws Exception {
        Path output = LIBRARY.resolve("tv/Own/Season 01/Own - S01E01.mkv");
        Files.createDirectories(output.getParent());
        Path staged = Files.copy(H264, LIBRARY.resolve("tv/Own/.staging.mkv"));
        produced.record(new FileFingerprint(
                output.toString(),
                Files.size(staged),
                Files.getLastModifiedTime(staged).toMillis()));
        Files.move(staged, output);
        ObjectNode download = sample("sonarr-download");
        ((ObjectNode) download.get("episodeFile")).put("path", "/tv/Own/Season 01/Own - S01E01.mkv");

        assertThat(postWebhook("sonarr", download).statusCode()).isEqualTo(200);
        eventsWithin(Duration.ofSeconds(2));

        assertThat(jobsFor(output)).isEmpty();
    }

    @Test
    void a_job_is_visible_through_the_jobs_api() throws Exception {
        Path episode = inLibrary(H264, "tv/Status/Season 01/Status - S01E01.mkv");
        RunTranscode job = awaitJobsFor(episode, 1).getFirst();

        var response = get("/api/jobs/" + job.jobId(), bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"state\":\"QUEUED\"").contains("Status - S01E01.mkv");
        assertThat(get("/api/jobs/not-a-uuid", bearer()).statusCode()).isEqualTo(400);
        assertThat(get("/api/jobs/" + java.util.UUID.randomUUID(), bearer()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_folder_watcher_waits_until_a_file_stops_growing() throws Exception {
        Path growing = LIBRARY.resolve("movies/Growing (2024)/Growing (2024).mkv");
        Files.createDirectories(growing.getParent());
        byte[] clip = Files.readAllBytes(H264);
        Files.write(growing, java.util.Arrays.copyOf(clip, clip.length / 2));
        Thread.sleep(150);
        Files.write(growing, clip);

        RunTranscode job = awaitJobsFor(growing.toRealPath(), 1).getFirst();

        assertThat(job.source().sizeBytes()).isEqualTo(clip.length);
        await().during(Duration.ofSeconds(1))
                .until(() -> jobsFor(growing.toRealPath()).size() == 1);
    }
}
