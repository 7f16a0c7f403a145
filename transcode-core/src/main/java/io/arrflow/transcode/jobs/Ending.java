package io.arrflow.transcode.jobs;

/**
 * How a job ended.
 *
 * @param path where the file is now when it changed (a replacement into another container), else null
 */
public record Ending(JobState outcome, String reason, long sourceBytes, long outputBytes, String path) {

    public Ending {
        if (!outcome.isFinished()) {
            throw new IllegalArgumentException(outcome + " is not an end");
        }
        reason = reason == null ? "" : reason;
    }

    public static Ending failed(String reason, long sourceBytes) {
        return new Ending(JobState.FAILED, reason, sourceBytes, 0, null);
    }

    public static Ending notBeneficial(String reason, long sourceBytes, long outputBytes) {
        return new Ending(JobState.NOT_BENEFICIAL, reason, sourceBytes, outputBytes, null);
    }

    /** The source is broken; nothing was encoded and the file was left as it is. */
    public static Ending sourceDamaged(String reason, long sourceBytes) {
        return new Ending(JobState.SOURCE_DAMAGED, reason, sourceBytes, 0, null);
    }

    /** The output is in place at {@code path}, which is not the job's after a container change. */
    public static Ending replaced(String path, String reason, long sourceBytes, long outputBytes) {
        return new Ending(JobState.REPLACED, reason, sourceBytes, outputBytes, path);
    }

    /** Bytes a replacement saved; zero for any other end. */
    public long bytesSaved() {
        return outcome == JobState.REPLACED ? Math.max(0, sourceBytes - outputBytes) : 0;
    }
}
