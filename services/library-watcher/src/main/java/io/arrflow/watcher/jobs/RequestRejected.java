package io.arrflow.watcher.jobs;

/**
 * A transcode request that can never be carried out as written.
 *
 * @see JobRequests
 */
public class RequestRejected extends RuntimeException {

    public enum Kind {
        /** The request itself is malformed (missing path, unknown profile). */
        INVALID,
        /** The request is well-formed but names a file arrflow must not or cannot touch. */
        UNUSABLE_PATH
    }

    private final Kind kind;

    RequestRejected(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
