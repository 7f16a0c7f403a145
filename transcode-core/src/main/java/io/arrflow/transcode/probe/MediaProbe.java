package io.arrflow.transcode.probe;

import java.nio.file.Path;

/** Reads a media file's streams; throws {@link ProbeFailed} when the file is not readable media. */
public interface MediaProbe {

    MediaInfo probe(Path file);
}
