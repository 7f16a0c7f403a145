package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeFailed;
import io.arrflow.model.TranscodeMessage.TranscodeStarted;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.worker.Clips;
import io.arrflow.worker.WorkerTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** {@code temp.min-free}: a job without room is not encoded; it fails for good, with the reason. */
// the quality search and gate have their own tests (QualitySearchIT, PredictedSizeIT): off here, where only
// the job's mechanics are under test, to keep the suite's time
@TestPropertySource(properties = "arrflow.worker.quality.enabled=false")
class FreeSpaceIT extends WorkerTestSupport {

    @DynamicPropertySource
    static void noRoomAnywhere(DynamicPropertyRegistry registry) {
        // a petabyte; Spring's DataSize stops at TB
        registry.add("arrflow.worker.temp.min-free", () -> "1024TB");
    }

    @Test
    void a_job_without_room_is_not_encoded_and_is_dead_lettered_with_the_reason() throws Exception {
        Path episode = Clips.anH264Episode(folder("no-room").resolve("episode.mkv"));
        byte[] before = Files.readAllBytes(episode);

        RunTranscode job = queue(episode, Plan.TRANSCODE, "any");
        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.FAILED);
        assertThat(status.reason())
                .startsWith("not enough free space in " + episode.getParent())
                .contains("1.0 PiB must stay free");
        assertThat(Files.readAllBytes(episode)).isEqualTo(before);
        assertThat(listing(episode.getParent())).containsExactly(episode);
        List<ArrflowMessage> events = events();
        assertThat(eventsOf(events, TranscodeStarted.class))
                .as("no encode started")
                .isEmpty();
        assertThat(eventsOf(events, TranscodeFailed.class)).singleElement().satisfies(failed -> {
            assertThat(failed.reason()).isEqualTo(status.reason());
            assertThat(failed.history()).containsExactly(status.reason());
        });
        assertThat((String) deadLetter().getMessageProperties().getHeader(Topology.REASON_HEADER))
                .isEqualTo(status.reason());
    }
}
