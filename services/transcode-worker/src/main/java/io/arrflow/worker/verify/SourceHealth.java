package io.arrflow.worker.verify;

import io.arrflow.transcode.probe.MediaInfo;

/**
 * What a decode pass found out about a source.
 *
 * @param decodeErrors error lines the decoders wrote
 * @param firstError the first of them, without the decoder's prefix; empty when none
 * @param declaredSeconds how long the container says the picture and sound last (0: it does not say)
 * @param decodedSeconds the time the decoders really got to, on the same clock as the declared duration
 */
public record SourceHealth(int decodeErrors, String firstError, double declaredSeconds, double decodedSeconds) {

    /**
     * A file that starts later than 0 (a recording kept with its broadcast clock) declares where it ends, while
     * ffmpeg counts from its start: the start is added back. An earlier start (an edit list's lead-in) is not
     * taken off, so a healthy file is never made shorter than it is.
     */
    static SourceHealth of(Decoded decoded, MediaInfo media) {
        double reached = Math.max(0, media.startSeconds()) + decoded.reachedSeconds();
        return new SourceHealth(decoded.errors(), decoded.firstError(), media.playingSeconds(), reached);
    }
}
