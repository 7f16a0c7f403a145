package io.arrflow.worker.verify;

/**
 * What a decode pass saw.
 *
 * @param exitCode ffmpeg's exit code; -1 when it was stopped at the time limit
 * @param errors error lines the decoder wrote (ffmpeg's runner keeps the last 40)
 * @param firstError the first of those lines without the decoder's {@code [h264 @ 0x…]} prefix; empty when none
 * @param reason the most telling line of ffmpeg's stderr, or its exit code
 * @param reachedSeconds how far past the file's start the furthest decoded stream got
 */
public record Decoded(int exitCode, int errors, String firstError, String reason, double reachedSeconds) {

    /** ffmpeg's exit code when more decoded frames failed than {@code -max_error_rate} (2/3) allows. */
    static final int TOO_MANY_FAILED_FRAMES = 69;

    public boolean ranToTheEnd() {
        return exitCode == 0;
    }

    /** The decoder gave up on the file itself, not for want of a decoder or a time limit. */
    public boolean gaveUpOnTheFile() {
        return exitCode == TOO_MANY_FAILED_FRAMES;
    }
}
