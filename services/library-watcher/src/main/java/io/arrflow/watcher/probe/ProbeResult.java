package io.arrflow.watcher.probe;

/**
 * What ffprobe found in a file.
 *
 * @param container ffprobe's format name, e.g. {@code matroska,webm} or {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param videoCodec codec of the main video stream (cover art excluded), or null when there is none
 */
public record ProbeResult(
        String container,
        String videoCodec,
        int bitDepth,
        double durationSeconds,
        int width,
        int height,
        long sizeBytes,
        int audioStreams,
        int subtitleStreams) {}
