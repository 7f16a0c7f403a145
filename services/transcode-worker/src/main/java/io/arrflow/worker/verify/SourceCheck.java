package io.arrflow.worker.verify;

import io.arrflow.transcode.probe.MediaInfo;
import java.nio.file.Path;

/** Judges a source's own health before anything is made from it. */
@FunctionalInterface
public interface SourceCheck {

    SourceVerdict check(Path source, MediaInfo media);
}
