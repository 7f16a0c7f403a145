package io.arrflow.watcher.probe;

/** ffprobe could not read the file (corrupt, truncated, not media). */
public class ProbeFailed extends RuntimeException {

    public ProbeFailed(String reason, Throwable cause) {
        super(reason, cause);
    }
}
