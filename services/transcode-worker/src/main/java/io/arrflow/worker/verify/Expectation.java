package io.arrflow.worker.verify;

/**
 * What a good output looks like.
 *
 * @param videoCodec the codec the main video must have
 * @param checkSize whether the size band applies (a transcode; a remux only changes the container)
 */
public record Expectation(
        String videoCodec,
        double durationSeconds,
        long audioStreams,
        long subtitleStreams,
        long sourceBytes,
        boolean checkSize) {}
