package io.arrflow.watcher.probe;

import java.nio.file.Path;

/** The port to ffprobe. */
public interface MediaProbe {

    /** Probes a file; throws {@link ProbeFailed} when it is not readable media. */
    ProbeResult probe(Path file);
}
