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
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** {@code swap.keep-original=true}: the output takes the original's place, the original stays beside it. */
// the quality search and gate have their own tests (QualitySearchIT, PredictedSizeIT): off here, where only
// the job's mechanics are under test, to keep the suite's time
@TestPropertySource(properties = "arrflow.worker.quality.enabled=false")
class KeepOriginalIT extends WorkerTestSupport {

    private static final String SUFFIX = ".before-arrflow";
    private static final FileTime MTIME = FileTime.from(Instant.parse("2023-03-14T15:09:26Z"));

    private final FfprobeMediaProbe probe = new FfprobeMediaProbe();

    @DynamicPropertySource
    static void keepOriginals(DynamicPropertyRegistry registry) {
        registry.add("arrflow.worker.swap.keep-original", () -> "true");
        registry.add("arrflow.worker.swap.kept-suffix", () -> SUFFIX);
    }

    @Test
    void keeps_the_original_untouched_beside_the_output_which_gets_its_attributes() throws Exception {
        Path episode = anOldEpisode(Clips.anH264Episode(folder("keep").resolve("episode.mkv")));
        byte[] original = Files.readAllBytes(episode);

        RunTranscode job = queue(episode, Plan.TRANSCODE, "any");

        assertThat(awaitFinished(job.jobId()).state()).isEqualTo(JobState.REPLACED);
        Path kept = episode.resolveSibling("episode.mkv" + SUFFIX);
        assertThat(listing(episode.getParent())).containsExactlyInAnyOrder(episode, kept);
        assertThat(probe.probe(episode).mainVideo().orElseThrow().codec()).isEqualTo("hevc");
        assertOldAttributes(episode);
        assertThat(Files.readAllBytes(kept)).isEqualTo(original);
        assertOldAttributes(kept);
    }

    @Test
    void keeps_the_original_under_its_own_name_when_the_extension_changes() throws Exception {
        Path mp4 = anOldEpisode(Clips.anH264Episode(folder("keep-mp4").resolve("film.mp4")));
        byte[] original = Files.readAllBytes(mp4);

        RunTranscode job = queue(mp4, Plan.TRANSCODE, "any");

        assertThat(awaitFinished(job.jobId()).state()).isEqualTo(JobState.REPLACED);
        Path mkv = mp4.resolveSibling("film.mkv");
        Path kept = mp4.resolveSibling("film.mp4" + SUFFIX);
        assertThat(listing(mp4.getParent())).containsExactlyInAnyOrder(mkv, kept);
        assertThat(probe.probe(mkv).isContainer("mkv")).isTrue();
        assertOldAttributes(mkv);
        assertThat(Files.readAllBytes(kept)).isEqualTo(original);
    }

    private static Path anOldEpisode(Path file) throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Files.setLastModifiedTime(file, MTIME);
        return file;
    }

    private static void assertOldAttributes(Path file) throws Exception {
        assertThat(Files.getLastModifiedTime(file))
                .as("mtime of " + file.getFileName())
                .isEqualTo(MTIME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("permissions of " + file.getFileName())
                .isEqualTo("rw-r-----");
    }
}
