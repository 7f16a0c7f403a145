package io.arrflow.transcode.probe.ffprobe;

import com.github.kokorin.jaffree.StreamType;
import com.github.kokorin.jaffree.ffprobe.Stream;
import io.arrflow.transcode.probe.HdrMetadata;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.transcode.probe.StreamKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns ffprobe's stream entries into {@link StreamInfo}; the one place that decides a video's bit depth. */
final class StreamReading {

    /** The bits per component a pixel format names at its end: yuv420p10le, p010le, gbrp12be, gray16le. */
    private static final Pattern DEPTH_IN_PIXEL_FORMAT = Pattern.compile("(\\d+)(?:le|be)$");

    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)");

    private StreamReading() {}

    static StreamInfo stream(Stream s) {
        StreamKind kind = kind(s.getCodecType());
        boolean video = kind == StreamKind.VIDEO;
        boolean cover = s.getDisposition() != null
                && Boolean.TRUE.equals(s.getDisposition().getAttachedPic());
        return new StreamInfo(
                s.getIndex(),
                kind,
                s.getCodecName() == null ? "unknown" : s.getCodecName(),
                cover,
                video ? bitDepth(s.getPixFmt(), s.getBitsPerRawSample()) : 0,
                video ? new StreamInfo.Picture(orZero(s.getWidth()), orZero(s.getHeight())) : StreamInfo.Picture.NONE,
                s.getColorPrimaries(),
                s.getColorTransfer(),
                s.getColorSpace(),
                HdrMetadata.NONE,
                durationSeconds(s.getDuration(), s.getTag("DURATION")));
    }

    /** ffprobe's own figure, else Matroska's {@code DURATION} tag ({@code 00:21:14.021000000}); 0 without either. */
    static double durationSeconds(Float duration, String durationTag) {
        if (duration != null && duration > 0) {
            return duration;
        }
        Matcher clock = CLOCK.matcher(durationTag == null ? "" : durationTag.trim());
        if (!clock.matches()) {
            return 0;
        }
        return Integer.parseInt(clock.group(1)) * 3600.0
                + Integer.parseInt(clock.group(2)) * 60.0
                + Double.parseDouble(clock.group(3));
    }

    /**
     * Bits per colour component: what the pixel format names first (yuv420p10le → 10), because a decoder's
     * bits_per_raw_sample is missing for some codecs and containers; then bits_per_raw_sample; else 8.
     */
    static int bitDepth(String pixelFormat, Integer bitsPerRawSample) {
        if (pixelFormat != null) {
            Matcher named = DEPTH_IN_PIXEL_FORMAT.matcher(pixelFormat);
            if (named.find()) {
                int bits = Integer.parseInt(named.group(1));
                if (bits >= 8 && bits <= 16) {
                    return bits;
                }
            }
        }
        return bitsPerRawSample != null && bitsPerRawSample > 0 ? bitsPerRawSample : 8;
    }

    static StreamKind kind(StreamType type) {
        if (type == null) {
            return StreamKind.DATA;
        }
        return switch (type) {
            case VIDEO, VIDEO_NOT_PICTURE -> StreamKind.VIDEO;
            case AUDIO -> StreamKind.AUDIO;
            case SUBTITLE -> StreamKind.SUBTITLE;
            case ATTACHMENT -> StreamKind.ATTACHMENT;
            default -> StreamKind.DATA;
        };
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
