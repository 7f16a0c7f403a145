package io.arrflow.worker.job;

import static io.arrflow.worker.job.WorkerJobs.PILOT;
import static io.arrflow.worker.job.WorkerJobs.PILOT_BYTES;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeCompleted;
import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.transcode.testing.InMemoryJobRegistry;
import io.arrflow.transcode.testing.InMemoryProducedFiles;
import io.arrflow.worker.swap.Journal;
import io.arrflow.worker.swap.Journals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionsTest {

    private static final String PILOT_MP4 = PILOT.replace(".mkv", ".mp4");

    @TempDir
    Path root;

    private final InMemoryJobRegistry registry = new InMemoryJobRegistry();
    private final InMemoryProducedFiles produced = new InMemoryProducedFiles();
    private final RecordedJobEvents events = new RecordedJobEvents();
    private Journals journals;
    private Completions completions;

    @BeforeEach
    void aWorker() throws IOException {
        journals = new Journals(Files.createDirectories(root.resolve("journals")));
        completions = new Completions(produced, registry, events, journals);
    }

    @Test
    void an_output_in_place_is_guarded_announced_and_recorded_in_its_new_container() throws IOException {
        RunTranscode job = aRunningJob();
        Journal journal = aSwappedJournal(job);

        completions.complete(journal, null);

        assertThat(produced.contains(FileFingerprint.of(journal.target()))).isTrue();
        assertThat(events.published)
                .containsExactly(new TranscodeCompleted(
                        job.jobId(),
                        PILOT,
                        PILOT_MP4,
                        "libx265",
                        PILOT_BYTES,
                        700,
                        61.5,
                        new ArrItemRef(ArrApp.SONARR, 7),
                        null));
        JobStatus status = registry.status(job.jobId()).orElseThrow();
        assertThat(status.state()).isEqualTo(JobState.REPLACED);
        assertThat(status.path()).isEqualTo(PILOT);
        assertThat(journals.all()).isEmpty();
    }

    @Test
    void a_job_reported_before_a_restart_is_not_announced_twice() throws IOException {
        RunTranscode job = aRunningJob();
        Journal journal = aSwappedJournal(job);
        completions.complete(journal, null);
        journals.save(journal);

        completions.complete(journal, null);

        assertThat(events.published).hasSize(1);
        assertThat(registry.outcomeCounts()).containsEntry(JobState.REPLACED, 1L);
        assertThat(journals.all()).isEmpty();
    }

    private RunTranscode aRunningJob() {
        RunTranscode job = WorkerJobs.aJob(PILOT_MP4, "hevc");
        registry.queued(job);
        registry.claim(job.jobId(), "worker-1", "libx265");
        return job;
    }

    private Journal aSwappedJournal(RunTranscode job) throws IOException {
        Path original = Files.writeString(root.resolve("e01.mp4"), "the original");
        Path target = Files.writeString(root.resolve("e01.mkv"), "the output");
        Journal journal = Journal.encoding(job.jobId(), original, target, null)
                .swapping(new Journal.Completion(
                        PILOT_MP4, PILOT, "libx265", PILOT_BYTES, 700, 61.5, "sonarr:7", "libx265: verified"));
        journals.save(journal);
        return journal;
    }
}
