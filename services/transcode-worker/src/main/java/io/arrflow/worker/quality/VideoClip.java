package io.arrflow.worker.quality;

import java.nio.file.Path;

/**
 * One video stream of a file.
 *
 * @param stream the stream's index in the file (ffmpeg's {@code 0:<index>})
 */
public record VideoClip(Path file, int stream) {}
