package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeStarted;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.transcode.probe.ffprobe.FfprobeMediaProbe;
import io.arrflow.worker.Clips;
import io.arrflow.worker.WorkerTestSupport;
import io.arrflow.worker.hardware.Capabilities;
import io.arrflow.worker.hardware.EncoderFamily;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A node that believes it has VAAPI and QSV (assumed by configuration; there is no GPU here): it
 * takes jobs from the hardware queues, the one-frame trials fail for real, and the ladder falls
 * back to software, recording why at each rung.
 */
class HardwareLadderIT extends WorkerTestSupport {

    private static final Path FAKE_RENDER_NODE = ROOT.resolve("renderD128");

    @Autowired
    Capabilities capabilities;

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void hardware(DynamicPropertyRegistry registry) throws Exception {
        Files.write(FAKE_RENDER_NODE, new byte[0]);
        registry.add("arrflow.worker.hardware.render-node", FAKE_RENDER_NODE::toString);
        registry.add("arrflow.worker.hardware.assume", () -> "vaapi,qsv");
    }

    @Test
    void takes_jobs_from_the_hardware_queues_it_believes_it_can_serve() {
        assertThat(capabilities.usable())
                .containsExactlyInAnyOrder(EncoderFamily.SOFTWARE, EncoderFamily.VAAPI, EncoderFamily.QSV);
        assertThat(capabilities.missing().get(EncoderFamily.VAAPI))
                .startsWith("assumed present by configuration although device trial failed");
        assertThat(capabilities.jobFamilies()).containsExactly("software", "vaapi", "qsv", "any");
    }

    @Test
    void falls_back_from_the_vaapi_pipeline_to_software_and_records_why() throws Exception {
        Path episode = Clips.anH264Episode(folder("ladder").resolve("episode.mkv"));
        admin.purgeQueue(Topology.jobQueue("vaapi"), false);

        RunTranscode job = queue(episode, Plan.TRANSCODE, "vaapi");
        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.REPLACED);
        assertThat(status.reason())
                .contains("vaapi full hardware pipeline: one-frame trial failed")
                .contains("vaapi encode with software decode: one-frame trial failed")
                .contains("software (libx265): verified");
        assertThat(new FfprobeMediaProbe()
                        .probe(episode)
                        .mainVideo()
                        .orElseThrow()
                        .codec())
                .isEqualTo("hevc");
        assertThat(eventsOf(events(), TranscodeStarted.class))
                .extracting(TranscodeStarted::encoder, TranscodeStarted::attempt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("hevc_vaapi", 1),
                        org.assertj.core.groups.Tuple.tuple("hevc_vaapi", 2),
                        org.assertj.core.groups.Tuple.tuple("libx265", 3));
    }

    @Test
    void dead_letters_a_job_after_the_whole_ladder_failed_with_every_reason() throws Exception {
        Path episode = Clips.aThumbnailSizedEpisode(folder("ladder-fails").resolve("tiny.mkv"));
        byte[] before = Files.readAllBytes(episode);
        admin.purgeQueue(Topology.jobQueue("qsv") + Topology.DLQ_SUFFIX, false);

        RunTranscode job = queue(episode, Plan.TRANSCODE, "qsv");
        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.FAILED);
        assertThat(Files.readAllBytes(episode)).isEqualTo(before);
        String reason = (String) rabbit.receive(Topology.jobQueue("qsv") + Topology.DLQ_SUFFIX, 5000)
                .getMessageProperties()
                .getHeader(Topology.REASON_HEADER);
        assertThat(reason)
                .contains("qsv full hardware pipeline: one-frame trial failed")
                .contains("qsv encode with software decode")
                .contains("software: ");
    }

    @Test
    void exposes_job_metrics_by_outcome_and_encoder_on_the_prometheus_endpoint() throws Exception {
        Path episode = Clips.anH264Episode(folder("metrics").resolve("episode.mkv"));
        awaitFinished(queue(episode, Plan.TRANSCODE, "any").jobId());

        HttpResponse<String> scrape = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                                .header("Authorization", "Bearer " + TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("arrflow_worker_jobs_total{")
                .contains("outcome=\"replaced\"")
                .contains("arrflow_worker_encode_seconds_count")
                .contains("arrflow_worker_bytes_saved_total")
                .contains("arrflow_worker_encode_fps");
        assertThat(meters.get("arrflow.worker.bytes.saved").counter().count()).isPositive();
    }
}
