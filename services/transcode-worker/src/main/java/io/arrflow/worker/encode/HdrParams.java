package io.arrflow.worker.encode;

import io.arrflow.transcode.probe.HdrMetadata;
import io.arrflow.transcode.probe.HdrMetadata.Chromaticity;
import io.arrflow.transcode.probe.HdrMetadata.MasteringDisplay;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * HDR10 static metadata as the software encoders take it. ffmpeg 5.1 hands neither libx265 nor
 * libsvtav1 the decoded frames' mastering display or content light level, so they are passed as
 * encoder parameters.
 */
final class HdrParams {

    private static final double X265_CHROMATICITY_UNIT = 0.00002;
    private static final double X265_LUMINANCE_UNIT = 0.0001;

    private HdrParams() {}

    /**
     * {@code -x265-params} entries: {@code hdr10=1}, {@code master-display=G(x,y)B(x,y)R(x,y)WP(x,y)L(max,min)}
     * in x265 units (chromaticity 0.00002, luminance 0.0001 cd/m²) and {@code max-cll=MaxCLL,MaxFALL}.
     */
    static List<String> x265(HdrMetadata hdr, boolean tenBit) {
        List<String> params = new ArrayList<>();
        if (hdr.isEmpty()) {
            return params;
        }
        params.add("hdr10=1");
        if (tenBit) {
            params.add("hdr10-opt=1");
        }
        if (hdr.mastering() != null) {
            params.add("master-display="
                    + masteringDisplay(
                            hdr.mastering(),
                            v -> units(v, X265_CHROMATICITY_UNIT),
                            v -> units(v, X265_LUMINANCE_UNIT)));
        }
        if (hdr.contentLight() != null) {
            params.add("max-cll=" + hdr.contentLight().maxContent() + ","
                    + hdr.contentLight().maxAverage());
        }
        return params;
    }

    /**
     * {@code -svtav1-params} entries for SVT-AV1 1.4: {@code mastering-display} in the same G/B/R/WP/L form
     * with plain decimals (chromaticity, cd/m²), and {@code content-light=MaxCLL,MaxFALL}.
     */
    static List<String> svtAv1(HdrMetadata hdr) {
        List<String> params = new ArrayList<>();
        if (hdr.mastering() != null) {
            params.add(
                    "mastering-display=" + masteringDisplay(hdr.mastering(), HdrParams::decimal, HdrParams::decimal));
        }
        if (hdr.contentLight() != null) {
            params.add("content-light=" + hdr.contentLight().maxContent() + ","
                    + hdr.contentLight().maxAverage());
        }
        return params;
    }

    static String masteringDisplay(
            MasteringDisplay display, DoubleFunction<String> chromaticity, DoubleFunction<String> luminance) {
        return "G" + pair(display.green(), chromaticity)
                + "B" + pair(display.blue(), chromaticity)
                + "R" + pair(display.red(), chromaticity)
                + "WP" + pair(display.whitePoint(), chromaticity)
                + "L(" + luminance.apply(display.maxLuminance()) + "," + luminance.apply(display.minLuminance()) + ")";
    }

    private static String pair(Chromaticity c, DoubleFunction<String> format) {
        return "(" + format.apply(c.x()) + "," + format.apply(c.y()) + ")";
    }

    private static String units(double value, double unit) {
        return String.valueOf(Math.round(value / unit));
    }

    /** Up to six decimals, no exponent, no trailing zeros: 0.68, 1000, 0.005. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value)
                .setScale(6, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
