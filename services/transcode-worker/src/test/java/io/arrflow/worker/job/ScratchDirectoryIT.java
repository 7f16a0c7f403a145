package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.probe.ffprobe.FfprobeMediaProbe;
import io.arrflow.worker.Clips;
import io.arrflow.worker.WorkerTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** {@code temp.location=DIRECTORY}: the encode runs in the scratch folder, the output ends in place. */
// the quality search and gate have their own tests (QualitySearchIT, PredictedSizeIT): off here, where only
// the job's mechanics are under test, to keep the suite's time
@TestPropertySource(properties = "arrflow.worker.quality.enabled=false")
class ScratchDirectoryIT extends WorkerTestSupport {

    private static final Path SCRATCH = ROOT.resolve("scratch");

    @DynamicPropertySource
    static void scratchFolder(DynamicPropertyRegistry registry) {
        registry.add("arrflow.worker.temp.location", () -> "DIRECTORY");
        registry.add("arrflow.worker.temp.directory", SCRATCH::toString);
    }

    @Test
    void encodes_in_the_scratch_folder_and_leaves_only_the_verified_output_in_place() throws Exception {
        Path episode = Clips.aLongerH264Episode(folder("scratch-library").resolve("episode.mkv"), 16);
        long sourceBytes = Files.size(episode);

        RunTranscode job = queue(episode, Plan.TRANSCODE, "any");
        Path scratchFile = SCRATCH.resolve(job.jobId() + ".tmp");
        awaitNonEmpty(scratchFile);
        assertThat(listing(episode.getParent()))
                .as("nothing is written beside the original while ffmpeg runs")
                .containsExactly(episode);

        assertThat(awaitFinished(job.jobId()).state()).isEqualTo(JobState.REPLACED);
        assertThat(new FfprobeMediaProbe()
                        .probe(episode)
                        .mainVideo()
                        .orElseThrow()
                        .codec())
                .isEqualTo("hevc");
        assertThat(Files.size(episode)).isLessThan(sourceBytes);
        assertThat(listing(SCRATCH)).isEmpty();
        assertThat(listing(episode.getParent())).containsExactly(episode);
    }

    private static void awaitNonEmpty(Path file) throws Exception {
        Instant deadline = Instant.now().plusSeconds(240);
        while (!Files.exists(file) || Files.size(file) == 0) {
            assertThat(Instant.now()).as(file + " written in time").isBefore(deadline);
            sleep(20);
        }
    }
}
