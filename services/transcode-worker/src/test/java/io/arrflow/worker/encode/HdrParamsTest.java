package io.arrflow.worker.encode;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.transcode.probe.HdrMetadata;
import io.arrflow.transcode.probe.HdrMetadata.Chromaticity;
import io.arrflow.transcode.probe.HdrMetadata.ContentLight;
import io.arrflow.transcode.probe.HdrMetadata.MasteringDisplay;
import org.junit.jupiter.api.Test;

class HdrParamsTest {

    /** Display P3 primaries with a D65 white point, 1000 cd/m² peak, 0.005 cd/m² black: a common grade. */
    static final MasteringDisplay P3_D65 = new MasteringDisplay(
            new Chromaticity(0.68, 0.32),
            new Chromaticity(0.265, 0.69),
            new Chromaticity(0.15, 0.06),
            new Chromaticity(0.3127, 0.329),
            1000,
            0.005);

    static final HdrMetadata HDR10 = new HdrMetadata(P3_D65, new ContentLight(1000, 400));

    @Test
    void x265_gets_its_units_green_first() {
        assertThat(String.join(":", HdrParams.x265(HDR10, true)))
                .isEqualTo("hdr10=1:hdr10-opt=1"
                        + ":master-display=G(13250,34500)B(7500,3000)R(34000,16000)WP(15635,16450)L(10000000,50)"
                        + ":max-cll=1000,400");
    }

    @Test
    void x265_rounds_values_that_went_through_av1_fixed_point() {
        // AV1 stores chromaticity in 1/65536 and minimum luminance in 1/16384 steps
        MasteringDisplay fromAv1 = new MasteringDisplay(
                new Chromaticity(44564 / 65536.0, 20972 / 65536.0),
                new Chromaticity(17367 / 65536.0, 45220 / 65536.0),
                new Chromaticity(9830 / 65536.0, 3932 / 65536.0),
                new Chromaticity(20493 / 65536.0, 21561 / 65536.0),
                256000 / 256.0,
                82 / 16384.0);

        assertThat(HdrParams.x265(new HdrMetadata(fromAv1, null), true))
                .containsExactly(
                        "hdr10=1",
                        "hdr10-opt=1",
                        "master-display=G(13250,34500)B(7500,3000)R(34000,16000)WP(15635,16450)L(10000000,50)");
    }

    @Test
    void x265_leaves_out_what_the_source_lacks_and_hdr10_opt_for_eight_bit() {
        assertThat(HdrParams.x265(new HdrMetadata(null, new ContentLight(600, 120)), false))
                .containsExactly("hdr10=1", "max-cll=600,120");
        assertThat(HdrParams.x265(HdrMetadata.NONE, true)).isEmpty();
    }

    @Test
    void svt_av1_takes_plain_decimals() {
        assertThat(String.join(":", HdrParams.svtAv1(HDR10)))
                .isEqualTo("mastering-display=G(0.265,0.69)B(0.15,0.06)R(0.68,0.32)WP(0.3127,0.329)L(1000,0.005)"
                        + ":content-light=1000,400");
        assertThat(HdrParams.svtAv1(new HdrMetadata(P3_D65, null))).hasSize(1);
        assertThat(HdrParams.svtAv1(HdrMetadata.NONE)).isEmpty();
    }

    @Test
    void decimals_have_no_exponent_and_at_most_six_places() {
        assertThat(HdrParams.decimal(0.0001)).isEqualTo("0.0001");
        assertThat(HdrParams.decimal(10000)).isEqualTo("10000");
        assertThat(HdrParams.decimal(82 / 16384.0)).isEqualTo("0.005005");
    }
}
