package io.arrflow.watcher.rescan;

/** A call to an arr app did not succeed (connection, status, or the command itself failed). */
class ArrCallFailed extends RuntimeException {

    private final boolean retryable;

    ArrCallFailed(String reason, boolean retryable) {
        super(reason);
        this.retryable = retryable;
    }

    boolean retryable() {
        return retryable;
    }
}
