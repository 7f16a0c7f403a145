package io.arrflow.watcher.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeCancelled;
import io.arrflow.model.TranscodeMessage.TranscodeRetargeted;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.testing.InMemoryJobRegistry;
import io.arrflow.watcher.library.LibraryGuard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingJobsTest {

    @TempDir
    Path library;

    private final InMemoryJobRegistry registry = new InMemoryJobRegistry();
    private final RecordedBroker broker = new RecordedBroker();
    private PendingJobs pending;
    private String pilot;

    @BeforeEach
    void aLibrary() throws IOException {
        library = library.toRealPath();
        pending = new PendingJobs(registry, new LibraryGuard(List.of(library)), broker);
        pilot = Files.writeString(library.resolve("e01.mkv"), "bytes").toString();
    }

    @Test
    void a_queued_job_follows_its_renamed_file() throws IOException {
        RunTranscode job = queued(pilot);
        String renamed =
                Files.move(Path.of(pilot), library.resolve("e01 - Fog.mkv")).toString();

        assertThat(pending.follow(pilot, renamed)).isEqualTo(1);

        assertThat(registry.status(job.jobId()).orElseThrow().path()).isEqualTo(renamed);
        assertThat(broker.announced).containsExactly(new TranscodeRetargeted(job.jobId(), pilot, renamed));
    }

    @Test
    void a_running_job_is_not_moved_and_nothing_is_told() throws IOException {
        RunTranscode job = queued(pilot);
        registry.claim(job.jobId(), "worker-1", "libx265");
        String renamed =
                Files.move(Path.of(pilot), library.resolve("e01 - Fog.mkv")).toString();

        assertThat(pending.follow(pilot, renamed)).isZero();

        assertThat(broker.announced).isEmpty();
    }

    @Test
    void a_file_renamed_out_of_the_library_cancels_its_job() {
        RunTranscode job = queued(pilot);

        assertThat(pending.follow(pilot, "/etc/passwd")).isEqualTo(1);

        assertThat(registry.status(job.jobId()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
        assertThat(broker.announced).singleElement().isInstanceOf(TranscodeCancelled.class);
    }

    @Test
    void deleted_files_and_folders_cancel_their_queued_jobs_only() throws IOException {
        RunTranscode deleted = queued(pilot);
        Path season = Files.createDirectories(library.resolve("Season 02"));
        RunTranscode inFolder = queued(season.resolve("e02.mkv").toString());
        RunTranscode running = queued(season.resolve("e03.mkv").toString());
        registry.claim(running.jobId(), "worker-1", "libx265");

        int cancelled = pending.cancel(List.of(pilot), List.of(season.toString()), "deleted in Sonarr", false);

        assertThat(cancelled).isEqualTo(2);
        assertThat(broker.announced)
                .containsExactlyInAnyOrder(
                        new TranscodeCancelled(deleted.jobId(), pilot, "deleted in Sonarr"),
                        new TranscodeCancelled(inFolder.jobId(), inFolder.path(), "deleted in Sonarr"));
        assertThat(registry.status(running.jobId()).orElseThrow().state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void with_only_missing_a_file_still_there_keeps_its_job() {
        queued(pilot);

        assertThat(pending.cancel(List.of(), List.of(library.toString()), "folder rescanned", true))
                .isZero();
    }

    private RunTranscode queued(String path) {
        RunTranscode job = new RunTranscode(
                UUID.randomUUID(),
                path,
                "hevc",
                Plan.TRANSCODE,
                "any",
                "mkv",
                null,
                new ArrItemRef(ArrApp.SONARR, 3),
                null);
        registry.queued(job);
        return job;
    }
}
