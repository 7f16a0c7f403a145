package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.QualityReport;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeCompleted;
import io.arrflow.model.TranscodeMessage.TranscodeFailed;
import io.arrflow.model.TranscodeMessage.TranscodeNotBeneficial;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.transcode.probe.ffprobe.FfprobeMediaProbe;
import io.arrflow.transcode.testing.TestMedia;
import io.arrflow.worker.WorkerTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The quality search and gate with real ffmpeg and the metric the worker chose at start-up (VMAF with the
 * static ffmpeg that bin/setup installs): what each kind of content gets, and what is never swapped in.
 */
class QualitySearchIT extends WorkerTestSupport {

    private final FfprobeMediaProbe probe = new FfprobeMediaProbe();

    /**
     * Noise is kept at CRF 16 (VMAF 99.9 on the clips below, at three quarters of the source's size) and lost
     * from about CRF 24 on (85); a profile that may not go below 26 cannot reach the target on it.
     */
    @DynamicPropertySource
    static void narrowProfile(DynamicPropertyRegistry registry) {
        registry.add("arrflow.worker.profiles.narrow.codec", () -> "hevc");
        registry.add("arrflow.worker.profiles.narrow.min-quality", () -> "26");
    }

    @Test
    void the_search_picks_a_higher_crf_for_easy_content_than_for_hard_content() throws Exception {
        Path easy = clip(folder("easy").resolve("easy.mkv"), "testsrc2=size=640x360:rate=25", 6);
        Path hard = clip(folder("hard").resolve("hard.mkv"), "mandelbrot=size=640x360:rate=25", 6);

        JobStatus easyStatus =
                awaitFinished(queue(easy, Plan.TRANSCODE, "software").jobId());
        JobStatus hardStatus =
                awaitFinished(queue(hard, Plan.TRANSCODE, "software").jobId());

        assertThat(easyStatus.state()).isEqualTo(JobState.REPLACED);
        assertThat(hardStatus.state()).isEqualTo(JobState.REPLACED);
        QualityReport easyQuality = easyStatus.quality();
        QualityReport hardQuality = hardStatus.quality();
        assertThat(easyQuality.crf()).isGreaterThan(hardQuality.crf());
        for (QualityReport q : List.of(easyQuality, hardQuality)) {
            assertThat(q.samples()).isNotEmpty();
            assertThat(q.output().mean()).isGreaterThanOrEqualTo(95);
            assertThat(q.output().p5()).isGreaterThanOrEqualTo(90);
            assertThat(q.searchSeconds()).isPositive();
            assertThat(q.gateSeconds()).isPositive();
        }
        assertThat(probe.probe(easy).videoCodec()).isEqualTo("hevc");
        TranscodeCompleted completed =
                eventsOf(events(), TranscodeCompleted.class).getFirst();
        assertThat(completed.quality()).isNotNull();
        assertThat(completed.quality().output()).isNotNull();
    }

    @Test
    void content_no_crf_can_save_is_kept_after_a_bounded_search_without_a_full_encode() throws Exception {
        Path grain =
                clip(folder("grain").resolve("grain.mkv"), "testsrc2=size=640x360:rate=25,noise=alls=100:allf=t+u", 4);
        byte[] before = Files.readAllBytes(grain);

        RunTranscode job = narrow(grain);
        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.NOT_BENEFICIAL);
        assertThat(status.reason()).startsWith("quality-unreachable: no CRF in 26–36 reaches");
        assertThat(status.percent()).as("no full encode reported progress").isZero();
        assertThat(status.quality().samples()).hasSizeBetween(1, 4);
        assertThat(status.quality().output()).isNull();
        assertThat(Files.readAllBytes(grain)).isEqualTo(before);
        assertThat(listing(grain.getParent())).containsExactly(grain);
        TranscodeNotBeneficial event =
                eventsOf(events(), TranscodeNotBeneficial.class).getFirst();
        assertThat(event.reason()).startsWith("quality-unreachable");
        assertThat(event.quality().samples()).isNotEmpty();
    }

    @Test
    void an_output_under_the_target_outside_the_samples_is_never_swapped_in() throws Exception {
        // the search's one window (the clip's middle) is calm; the rest is noise no CRF keeps
        Path mixed = folder("mixed").resolve("mixed.mkv");
        TestMedia.run(List.of(
                "ffmpeg",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=640x360:rate=25:duration=12," + "noise=alls=100:allf=t+u:enable='not(between(t,4,8))'",
                "-c:v",
                "libx264",
                "-preset",
                "fast",
                "-crf",
                "8",
                "-pix_fmt",
                "yuv420p",
                mixed.toString()));
        byte[] before = Files.readAllBytes(mixed);

        RunTranscode job = narrow(mixed);
        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.FAILED);
        assertThat(status.reason())
                .startsWith("quality gate: the output scored vmaf")
                .contains("under the target");
        assertThat(Files.readAllBytes(mixed)).isEqualTo(before);
        assertThat(listing(mixed.getParent())).containsExactly(mixed);
        TranscodeFailed failed = eventsOf(events(), TranscodeFailed.class).getFirst();
        assertThat(failed.history()).anyMatch(line -> line.contains("encoding again at CRF"));
        assertThat(failed.quality().output().mean()).isLessThan(95);
    }

    @Test
    void the_av1_profile_goes_through_the_same_search_and_gate() throws Exception {
        Path easy = clip(folder("av1").resolve("easy.mkv"), "testsrc2=size=640x360:rate=25", 4);
        RunTranscode job = job(easy, Plan.TRANSCODE, "software", "mkv", "av1");
        registry.queued(job);
        publish(job);

        JobStatus status = awaitFinished(job.jobId());

        assertThat(status.state()).isEqualTo(JobState.REPLACED);
        assertThat(status.quality().crf()).isBetween(20, 55);
        assertThat(status.quality().output().mean()).isGreaterThanOrEqualTo(95);
        assertThat(probe.probe(easy).videoCodec()).isEqualTo("av1");
    }

    private RunTranscode narrow(Path file) {
        RunTranscode job = job(file, Plan.TRANSCODE, "software", "mkv", "narrow");
        registry.queued(job);
        publish(job);
        return job;
    }

    private static Path clip(Path file, String source, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "ffmpeg",
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                source + ",trim=duration=" + seconds,
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=440:sample_rate=48000:duration=" + seconds,
                "-c:v",
                "libx264",
                "-preset",
                "fast",
                "-crf",
                "8",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-b:a",
                "64k",
                "-shortest",
                file.toString()));
        TestMedia.run(command);
        return file;
    }
}
