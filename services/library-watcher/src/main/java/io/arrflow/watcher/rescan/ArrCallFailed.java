package io.arrflow.watcher.rescan;

/** A call to an arr app did not succeed (connection, status, or the command itself failed). */
public class ArrCallFailed extends RuntimeException {

    private final boolean retryable;

    public ArrCallFailed(String reason, boolean retryable) {
        super(reason);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
