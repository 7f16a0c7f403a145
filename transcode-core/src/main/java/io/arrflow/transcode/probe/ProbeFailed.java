package io.arrflow.transcode.probe;

/** ffprobe could not read the file: missing, empty, corrupt, truncated or not media. */
public class ProbeFailed extends RuntimeException {

    public ProbeFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
