package io.arrflow.worker.encode;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.worker.hardware.Capabilities;
import io.arrflow.worker.hardware.EncoderFamily;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LadderTest {

    private static final Path NODE = Path.of("/dev/dri/renderD128");

    private static Capabilities softwareOnly() {
        return Capabilities.softwareOnly(
                Map.of(EncoderFamily.VAAPI, "no render node", EncoderFamily.QSV, "no render node"), NODE);
    }

    private static Capabilities withVaapi() {
        return new Capabilities(EnumSet.of(EncoderFamily.SOFTWARE, EncoderFamily.VAAPI), Map.of(), NODE);
    }

    @Test
    void a_software_only_node_encodes_in_software_and_says_why_hardware_was_skipped() {
        Ladder ladder = Ladder.plan("any", Profile.HEVC, softwareOnly());

        assertThat(ladder.rungs()).containsExactly(Rung.SOFTWARE);
        assertThat(ladder.notes()).containsExactly("vaapi skipped: no render node", "qsv skipped: no render node");
    }

    @Test
    void a_vaapi_node_tries_the_full_pipeline_then_software_decode_then_software() {
        Ladder ladder = Ladder.plan("vaapi", Profile.HEVC, withVaapi());

        assertThat(ladder.rungs())
                .containsExactly(
                        new Rung(EncoderFamily.VAAPI, true), new Rung(EncoderFamily.VAAPI, false), Rung.SOFTWARE);
        assertThat(ladder.rungs())
                .extracting(Rung::describe)
                .containsExactly("vaapi full hardware pipeline", "vaapi encode with software decode", "software");
    }

    @Test
    void a_software_job_never_touches_the_hardware() {
        assertThat(Ladder.plan("software", Profile.HEVC, withVaapi()).rungs()).containsExactly(Rung.SOFTWARE);
    }

    @Test
    void av1_has_no_hardware_rung_because_ffmpeg_5_1_has_no_av1_hardware_encoder() {
        Ladder ladder = Ladder.plan("vaapi", Profile.AV1, withVaapi());

        assertThat(ladder.rungs()).containsExactly(Rung.SOFTWARE);
        assertThat(ladder.notes()).containsExactly("vaapi skipped: no av1 hardware encoder in this ffmpeg");
    }

    @Test
    void a_node_lists_the_queues_of_what_it_can_do_plus_any() {
        assertThat(withVaapi().jobFamilies()).containsExactly("software", "vaapi", "any");
        assertThat(softwareOnly().describe()).contains("VAAPI unavailable: no render node");
    }
}
