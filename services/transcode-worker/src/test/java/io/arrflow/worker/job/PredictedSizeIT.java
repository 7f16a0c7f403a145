package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.TranscodeNotBeneficial;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.transcode.testing.TestMedia;
import io.arrflow.worker.WorkerTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A file whose samples predict an output too large for the size ratio ends NOT_BENEFICIAL without a full
 * encode. The ratio is set so low here that every prediction is over it.
 */
class PredictedSizeIT extends WorkerTestSupport {

    @DynamicPropertySource
    static void strictRatio(DynamicPropertyRegistry registry) {
        registry.add("arrflow.worker.verify.size-ratio", () -> "0.01");
    }

    @Test
    void a_predicted_output_over_the_ratio_is_never_fully_encoded() throws Exception {
        Path episode = folder("predicted").resolve("episode.mkv");
        TestMedia.ffmpeg(episode, List.of("-c:v", "libx264", "-preset", "fast", "-crf", "12"), 6);
        byte[] before = Files.readAllBytes(episode);

        JobStatus status =
                awaitFinished(queue(episode, Plan.TRANSCODE, "software").jobId());

        assertThat(status.state()).isEqualTo(JobState.NOT_BENEFICIAL);
        assertThat(status.reason()).startsWith("predicted output").contains("not encoded");
        assertThat(status.percent()).as("no full encode reported progress").isZero();
        assertThat(status.quality().predictedBytes()).isPositive();
        assertThat(Files.readAllBytes(episode)).isEqualTo(before);
        assertThat(listing(episode.getParent())).containsExactly(episode);
        TranscodeNotBeneficial event =
                eventsOf(events(), TranscodeNotBeneficial.class).getFirst();
        assertThat(event.outputBytes()).isEqualTo(status.quality().predictedBytes());
    }
}
