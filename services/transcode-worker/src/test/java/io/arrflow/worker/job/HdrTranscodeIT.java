package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.probe.HdrMetadata;
import io.arrflow.transcode.probe.HdrMetadata.Chromaticity;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.ffprobe.FfprobeMediaProbe;
import io.arrflow.worker.Clips;
import io.arrflow.worker.WorkerTestSupport;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** HDR10 sources through the real pipeline: 10-bit, colour description and static metadata survive. */
class HdrTranscodeIT extends WorkerTestSupport {

    // AV1 stores chromaticity in 1/65536 steps and the minimum luminance in 1/16384 steps
    private static final Offset<Double> CHROMATICITY = within(0.0001);
    private static final Offset<Double> MIN_LUMINANCE = within(0.0001);

    private final FfprobeMediaProbe probe = new FfprobeMediaProbe();

    @Test
    void the_probe_reads_hdr10_metadata_of_an_hevc_and_an_av1_source() throws Exception {
        Path folder = folder("hdr-probe");
        StreamInfo hevc = probe.probe(Clips.anHdr10HevcEpisode(folder.resolve("hevc.mkv")))
                .mainVideo()
                .orElseThrow();
        StreamInfo av1 = probe.probe(Clips.anHdr10Av1Episode(folder.resolve("av1.mkv")))
                .mainVideo()
                .orElseThrow();
        StreamInfo sdr = probe.probe(Clips.aTenBitEpisode(folder.resolve("sdr.mkv")))
                .mainVideo()
                .orElseThrow();

        assertTheGrade(hevc.hdr());
        assertTheGrade(av1.hdr());
        assertThat(sdr.hdr()).isEqualTo(HdrMetadata.NONE);
    }

    @Test
    void libx265_keeps_ten_bit_the_colour_description_and_the_hdr10_metadata() throws Exception {
        Path episode = Clips.anHdr10Av1Episode(folder("hdr-x265").resolve("hdr.mkv"));

        RunTranscode job = job(episode, Plan.TRANSCODE, "software", "mkv", "hevc");
        registry.queued(job);
        publish(job);

        assertThat(awaitFinished(job.jobId()).state()).isEqualTo(JobState.REPLACED);
        StreamInfo video = probe.probe(episode).mainVideo().orElseThrow();
        assertThat(video.codec()).isEqualTo("hevc");
        assertHdr10(video);
    }

    @Test
    void libsvtav1_keeps_ten_bit_the_colour_description_and_the_hdr10_metadata() throws Exception {
        Path episode = Clips.anHdr10HevcEpisode(folder("hdr-svt").resolve("hdr.mkv"));

        RunTranscode job = job(episode, Plan.TRANSCODE, "software", "mkv", "av1");
        registry.queued(job);
        publish(job);

        assertThat(awaitFinished(job.jobId()).state()).isEqualTo(JobState.REPLACED);
        StreamInfo video = probe.probe(episode).mainVideo().orElseThrow();
        assertThat(video.codec()).isEqualTo("av1");
        assertHdr10(video);
    }

    private static void assertHdr10(StreamInfo video) {
        assertThat(video.bitDepth()).isEqualTo(10);
        assertThat(video.colorPrimaries()).isEqualTo("bt2020");
        assertThat(video.colorTransfer()).isEqualTo("smpte2084");
        assertThat(video.colorSpace()).isEqualTo("bt2020nc");
        assertTheGrade(video.hdr());
    }

    /** The grade of {@link Clips#X265_MASTER_DISPLAY}, within the rounding of either codec. */
    private static void assertTheGrade(HdrMetadata hdr) {
        assertThat(hdr.mastering()).as("mastering display").isNotNull();
        assertChromaticity(hdr.mastering().red(), 0.68, 0.32);
        assertChromaticity(hdr.mastering().green(), 0.265, 0.69);
        assertChromaticity(hdr.mastering().blue(), 0.15, 0.06);
        assertChromaticity(hdr.mastering().whitePoint(), 0.3127, 0.329);
        assertThat(hdr.mastering().maxLuminance()).isEqualTo(1000.0);
        assertThat(hdr.mastering().minLuminance()).isCloseTo(0.005, MIN_LUMINANCE);
        assertThat(hdr.contentLight()).isEqualTo(new HdrMetadata.ContentLight(1000, 400));
    }

    private static void assertChromaticity(Chromaticity actual, double x, double y) {
        assertThat(actual.x()).isCloseTo(x, CHROMATICITY);
        assertThat(actual.y()).isCloseTo(y, CHROMATICITY);
    }
}
