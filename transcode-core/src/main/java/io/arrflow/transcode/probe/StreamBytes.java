package io.arrflow.transcode.probe;

import java.nio.file.Path;

/** What a stretch of one stream costs in a file; throws {@link ProbeFailed} when the file is not readable media. */
public interface StreamBytes {

    /**
     * The bytes of one stream's packets whose timestamps fall in {@code [start, start + seconds)}, without the
     * container's share.
     */
    long streamBytes(Path file, int stream, double start, double seconds);
}
