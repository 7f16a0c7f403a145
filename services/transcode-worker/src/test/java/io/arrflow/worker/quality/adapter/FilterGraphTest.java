package io.arrflow.worker.quality.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.transcode.process.ProcessCommands;
import io.arrflow.worker.quality.SsimScale;
import io.arrflow.worker.quality.VideoClip;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FilterGraphTest {

    private static final VideoClip ENCODE = new VideoClip(Path.of("/media/out.mkv"), 0);
    private static final VideoClip SOURCE = new VideoClip(Path.of("/media/in.mkv"), 2);

    @Test
    void a_plain_path_needs_no_escaping() {
        assertThat(FilterGraph.value("/tmp/arrflow-vmaf-1/vmaf.log")).isEqualTo("/tmp/arrflow-vmaf-1/vmaf.log");
    }

    @Test
    void option_and_graph_separators_in_a_value_are_escaped_at_both_levels() {
        assertThat(FilterGraph.value("C:/it's [a], b; c")).isEqualTo("C\\\\:/it\\\\\\'s \\[a\\]\\, b\\; c");
    }

    @Test
    void the_vmaf_graph_pairs_the_streams_scales_the_encode_and_names_model_log_and_subsampling() {
        FfmpegVmaf vmaf = new FfmpegVmaf(
                new ProcessCommands(), Path.of("/opt/ffmpeg"), Path.of("/opt/vmaf.pkl"), Duration.ofMinutes(1));

        String graph = vmaf.graph(ENCODE, SOURCE, 4, Path.of("/tmp/v.json"));

        assertThat(graph)
                .startsWith("[0:0]settb=1/25,setpts=N[d0];[1:2]settb=1/25,setpts=N[r0];[d0][r0]scale2ref")
                .endsWith("[dist][ref]libvmaf=model_path=/opt/vmaf.pkl:log_fmt=json:log_path=/tmp/v.json"
                        + ":n_subsample=4");
    }

    @Test
    void the_ssim_graph_selects_every_nth_frame_of_both_when_subsampling() {
        FfmpegSsim ssim = new FfmpegSsim(new ProcessCommands(), "ffmpeg", SsimScale.MEASURED, Duration.ofMinutes(1));

        assertThat(ssim.graph(ENCODE, SOURCE, 3, Path.of("/tmp/s.log")))
                .contains("[0:0]settb=1/25,setpts=N,select=not(mod(n\\,3))[d0]")
                .contains("[1:2]settb=1/25,setpts=N,select=not(mod(n\\,3))[r0]")
                .endsWith("[dist][ref]ssim=stats_file=/tmp/s.log");
        assertThat(ssim.graph(ENCODE, SOURCE, 1, Path.of("/tmp/s.log"))).doesNotContain("select");
    }

    @Test
    void a_subsample_below_1_is_refused() {
        assertThatThrownBy(() -> FilterGraph.checkSubsample(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
