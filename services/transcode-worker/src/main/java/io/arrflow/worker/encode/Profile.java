package io.arrflow.worker.encode;

import io.arrflow.worker.hardware.EncoderFamily;
import io.arrflow.worker.quality.CrfRange;
import io.arrflow.worker.quality.QualityTarget;
import java.util.Optional;

/**
 * How a job's video is encoded.
 *
 * @param codec target codec, as ffprobe names it: hevc or av1
 * @param softwareEncoder libx265 or libsvtav1
 * @param preset the software encoder's speed preset
 * @param quality CRF (software), QP (VAAPI) or global_quality (QSV); where a quality search starts
 * @param range the values a quality search may choose from
 * @param target the quality this profile's outputs must reach; null: the worker's default
 */
public record Profile(
        String name,
        String codec,
        String softwareEncoder,
        String preset,
        int quality,
        CrfRange range,
        QualityTarget target) {

    public static final Profile HEVC = new Profile("hevc", "hevc", "libx265", "fast", 25, new CrfRange(16, 36), null);
    public static final Profile AV1 = new Profile("av1", "av1", "libsvtav1", "8", 32, new CrfRange(20, 55), null);

    /** The same profile at another CRF (QP), as a quality search chose it. */
    public Profile withQuality(int crf) {
        return new Profile(name, codec, softwareEncoder, preset, crf, range, target);
    }

    /** The hardware encoder of a family for this codec; none where ffmpeg 5.1 has none (AV1). */
    public Optional<String> hardwareEncoder(EncoderFamily family) {
        if (!"hevc".equals(codec)) {
            return Optional.empty();
        }
        return switch (family) {
            case VAAPI -> Optional.of("hevc_vaapi");
            case QSV -> Optional.of("hevc_qsv");
            case SOFTWARE -> Optional.empty();
        };
    }

    public String encoderFor(EncoderFamily family) {
        return family == EncoderFamily.SOFTWARE
                ? softwareEncoder
                : hardwareEncoder(family).orElse(softwareEncoder);
    }
}
