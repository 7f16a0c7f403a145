package io.arrflow.transcode.probe;

/**
 * HDR10 static metadata of a video stream, as the source carries it (SEI, AV1 metadata OBU or container).
 *
 * @param mastering the mastering display colour volume (SMPTE ST 2086); null when the source has none
 * @param contentLight the content light level (MaxCLL/MaxFALL); null when the source has none
 */
public record HdrMetadata(MasteringDisplay mastering, ContentLight contentLight) {

    public static final HdrMetadata NONE = new HdrMetadata(null, null);

    public boolean isEmpty() {
        return mastering == null && contentLight == null;
    }

    /** Each part from this metadata, or from {@code fallback} where this one lacks it. */
    public HdrMetadata or(HdrMetadata fallback) {
        return new HdrMetadata(
                mastering != null ? mastering : fallback.mastering(),
                contentLight != null ? contentLight : fallback.contentLight());
    }

    /** A CIE 1931 xy chromaticity. */
    public record Chromaticity(double x, double y) {}

    /**
     * The mastering display: its primaries and white point, its luminance range in cd/m².
     */
    public record MasteringDisplay(
            Chromaticity red,
            Chromaticity green,
            Chromaticity blue,
            Chromaticity whitePoint,
            double maxLuminance,
            double minLuminance) {}

    /**
     * @param maxContent MaxCLL, cd/m²
     * @param maxAverage MaxFALL, cd/m²
     */
    public record ContentLight(int maxContent, int maxAverage) {}
}
