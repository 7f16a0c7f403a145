package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.SourceDamaged;
import io.arrflow.model.TranscodeMessage.TranscodeStarted;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.worker.Clips;
import io.arrflow.worker.WorkerTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged sources through a whole worker: each job ends SOURCE_DAMAGED before any encode, the file stays
 * byte for byte as it was with nothing beside it, and SourceDamaged tells what was found and which arr item
 * to grab again.
 */
class SourceDamagedIT extends WorkerTestSupport {

    private static final ArrItemRef SERIES = new ArrItemRef(ArrApp.SONARR, 42);

    @ParameterizedTest(name = "{0} s")
    @ValueSource(ints = {4, 20})
    void an_episode_cut_to_half_its_bytes_is_not_replaced_by_a_shorter_output(int seconds) throws Exception {
        Path episode = Clips.aHalfDownloadedEpisode(folder("half-" + seconds).resolve("episode.mkv"), seconds);

        SourceDamaged damaged = runDamaged(episode);

        assertThat(damaged.declaredSeconds()).isCloseTo(seconds, within(0.1));
        assertThat(damaged.decodedSeconds()).isLessThan(seconds * 0.75);
        assertThat(damaged.reason())
                .contains(String.format(Locale.ROOT, " of the %.1f s it declares", (double) seconds));
    }

    @Test
    void an_episode_with_garbage_in_its_middle_is_reported_with_its_decode_errors() throws Exception {
        Path episode = Clips.anEpisodeWithGarbageInTheMiddle(folder("garbage").resolve("episode.mkv"));

        SourceDamaged damaged = runDamaged(episode);

        assertThat(damaged.decodeErrors()).isPositive();
        assertThat(damaged.reason()).contains("decode errors (first: ");
    }

    /** Runs a job for an arr item's damaged file and checks what must hold for every damaged source. */
    private SourceDamaged runDamaged(Path episode) throws Exception {
        byte[] before = Files.readAllBytes(episode);
        RunTranscode job = new RunTranscode(
                UUID.randomUUID(), episode.toString(), "hevc", Plan.TRANSCODE, "any", "mkv", null, SERIES, null);
        registry.queued(job);
        publish(job);

        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.SOURCE_DAMAGED);
        assertThat(status.sourceBytes()).isEqualTo(before.length);
        assertThat(Files.readAllBytes(episode)).isEqualTo(before);
        assertThat(listing(episode.getParent())).containsExactly(episode);
        assertThat(listing(ROOT.resolve("state")))
                .noneMatch(f -> f.getFileName().toString().contains(job.jobId().toString()));
        List<ArrflowMessage> events = events();
        assertThat(eventsOf(events, TranscodeStarted.class))
                .as("no encode was started")
                .isEmpty();
        SourceDamaged damaged = eventsOf(events, SourceDamaged.class).getFirst();
        assertThat(damaged.jobId()).isEqualTo(job.jobId());
        assertThat(damaged.path()).isEqualTo(episode.toString());
        assertThat(damaged.arrItem()).isEqualTo(SERIES);
        assertThat(damaged.reason()).isEqualTo(status.reason());
        assertThat(ready(Topology.TRANSCODE_JOBS + Topology.DLQ_SUFFIX))
                .as("a damaged source is an answer, not a message to look into")
                .isZero();
        return damaged;
    }
}
