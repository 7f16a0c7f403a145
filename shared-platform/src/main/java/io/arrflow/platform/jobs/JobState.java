package io.arrflow.platform.jobs;

/** Where a transcode job stands, as kept in Redis shared status. */
public enum JobState {
    QUEUED,
    RUNNING,
    VERIFYING,
    REPLACED,
    NOT_BENEFICIAL,
    FAILED,
    CANCELLED;

    public boolean isFinished() {
        return this == REPLACED || this == NOT_BENEFICIAL || this == FAILED || this == CANCELLED;
    }
}
