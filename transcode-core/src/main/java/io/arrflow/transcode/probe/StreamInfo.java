package io.arrflow.transcode.probe;

/**
 * One stream of a media file, as probed.
 *
 * @param index the stream's index in the file
 * @param kind video, audio, subtitle, attachment or data
 * @param codec the codec name, e.g. {@code h264}, {@code mov_text}, {@code hdmv_pgs_subtitle}
 * @param attachedPicture a cover image stored as a video stream
 * @param bitDepth bits per colour component of a video stream; 0 for any other stream
 * @param picture width and height of a video stream; {@link Picture#NONE} for any other stream
 * @param hdr HDR10 static metadata; probed for HDR video only, else {@link HdrMetadata#NONE}
 * @param durationSeconds how long the container says the stream lasts (Matroska: its {@code DURATION} tag); 0
 *     when it does not say
 */
public record StreamInfo(
        int index,
        StreamKind kind,
        String codec,
        boolean attachedPicture,
        int bitDepth,
        Picture picture,
        String colorPrimaries,
        String colorTransfer,
        String colorSpace,
        HdrMetadata hdr,
        double durationSeconds) {

    public StreamInfo {
        picture = picture == null ? Picture.NONE : picture;
        hdr = hdr == null ? HdrMetadata.NONE : hdr;
    }

    /** A video stream's size in pixels. */
    public record Picture(int width, int height) {
        public static final Picture NONE = new Picture(0, 0);
    }

    public static StreamInfo of(int index, StreamKind kind, String codec) {
        return new StreamInfo(index, kind, codec, false, 0, Picture.NONE, null, null, null, HdrMetadata.NONE, 0);
    }

    public StreamInfo withHdr(HdrMetadata metadata) {
        return new StreamInfo(
                index,
                kind,
                codec,
                attachedPicture,
                bitDepth,
                picture,
                colorPrimaries,
                colorTransfer,
                colorSpace,
                metadata,
                durationSeconds);
    }

    public boolean isMainVideoCandidate() {
        return kind == StreamKind.VIDEO && !attachedPicture;
    }

    /** HDR transfer functions: PQ (HDR10) and HLG. */
    public boolean isHdr() {
        return "smpte2084".equals(colorTransfer) || "arib-std-b67".equals(colorTransfer);
    }
}
