package io.arrflow.transcode.probe.ffprobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.arrflow.transcode.probe.HdrMetadata;
import io.arrflow.transcode.probe.HdrMetadata.Chromaticity;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class HdrSideDataTest {

    /** As ffprobe prints the side data of an x265 HDR10 frame. */
    static Map<String, String> x265Mastering() {
        Map<String, String> entry = new HashMap<>();
        entry.put("side_data_type", "Mastering display metadata");
        entry.put("red_x", "34000/50000");
        entry.put("red_y", "16000/50000");
        entry.put("green_x", "13250/50000");
        entry.put("green_y", "34500/50000");
        entry.put("blue_x", "7500/50000");
        entry.put("blue_y", "3000/50000");
        entry.put("white_point_x", "15635/50000");
        entry.put("white_point_y", "16450/50000");
        entry.put("min_luminance", "50/10000");
        entry.put("max_luminance", "10000000/10000");
        return entry;
    }

    static Map<String, String> contentLight() {
        return Map.of("side_data_type", "Content light level metadata", "max_content", "1000", "max_average", "400");
    }

    private static HdrMetadata parse(List<Map<String, String>> entries) {
        return HdrSideData.from(
                entries.stream().<Function<String, String>>map(m -> m::get).toList());
    }

    @Test
    void reads_mastering_display_rationals_and_the_content_light_level() {
        Map<String, String> userData = Map.of("side_data_type", "H.26[45] User Data Unregistered SEI message");

        HdrMetadata hdr = parse(List.of(x265Mastering(), contentLight(), userData));

        assertThat(hdr.isEmpty()).isFalse();
        assertThat(hdr.mastering().red()).isEqualTo(new Chromaticity(0.68, 0.32));
        assertThat(hdr.mastering().green()).isEqualTo(new Chromaticity(0.265, 0.69));
        assertThat(hdr.mastering().blue()).isEqualTo(new Chromaticity(0.15, 0.06));
        assertThat(hdr.mastering().whitePoint().x()).isCloseTo(0.3127, within(1e-9));
        assertThat(hdr.mastering().whitePoint().y()).isCloseTo(0.329, within(1e-9));
        assertThat(hdr.mastering().maxLuminance()).isEqualTo(1000.0);
        assertThat(hdr.mastering().minLuminance()).isCloseTo(0.005, within(1e-12));
        assertThat(hdr.contentLight()).isEqualTo(new HdrMetadata.ContentLight(1000, 400));
    }

    @Test
    void the_first_entry_of_a_type_wins() {
        Map<String, String> later = new HashMap<>(contentLight());
        later.put("max_content", "4000");

        HdrMetadata hdr = parse(List.of(contentLight(), later));

        assertThat(hdr.contentLight().maxContent()).isEqualTo(1000);
        assertThat(hdr.mastering()).isNull();
    }

    @Test
    void an_incomplete_mastering_display_is_not_used() {
        Map<String, String> noLuminance = x265Mastering();
        noLuminance.remove("max_luminance");
        Map<String, String> noWhitePoint = x265Mastering();
        noWhitePoint.put("white_point_y", "0/0");

        assertThat(parse(List.of(noLuminance)).isEmpty()).isTrue();
        assertThat(parse(List.of(noWhitePoint)).isEmpty()).isTrue();
    }

    @Test
    void a_content_light_level_without_maxfall_is_not_used() {
        Map<String, String> partial = Map.of("side_data_type", "Content light level metadata", "max_content", "1000");

        assertThat(parse(List.of(partial))).isEqualTo(HdrMetadata.NONE);
    }

    @Test
    void parses_rationals_integers_and_rejects_nonsense() {
        assertThat(HdrSideData.rational("82/16384").getAsDouble()).isCloseTo(0.0050049, within(1e-7));
        assertThat(HdrSideData.rational("256000/256").getAsDouble()).isEqualTo(1000.0);
        assertThat(HdrSideData.rational(" 400 ").getAsDouble()).isEqualTo(400.0);
        assertThat(HdrSideData.rational("1/0")).isEmpty();
        assertThat(HdrSideData.rational("n/a")).isEmpty();
        assertThat(HdrSideData.rational("")).isEmpty();
        assertThat(HdrSideData.rational(null)).isEmpty();
    }

    @Test
    void no_side_data_means_no_metadata() {
        assertThat(parse(List.of())).isEqualTo(HdrMetadata.NONE);
        assertThat(StreamInfo.of(0, StreamKind.VIDEO, "h264").hdr()).isEqualTo(HdrMetadata.NONE);
    }

    @Test
    void frame_metadata_is_completed_from_the_container() {
        HdrMetadata frame = parse(List.of(x265Mastering()));
        HdrMetadata container = parse(List.of(contentLight()));

        HdrMetadata merged = frame.or(container);

        assertThat(merged.mastering()).isEqualTo(frame.mastering());
        assertThat(merged.contentLight()).isEqualTo(container.contentLight());
        assertThat(HdrMetadata.NONE.or(container)).isEqualTo(container);
        assertThat(frame.or(HdrMetadata.NONE)).isEqualTo(frame);
    }
}
