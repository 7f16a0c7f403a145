package io.arrflow.transcode.jobs;

/** A job was asked to make a move its lifecycle does not allow; nothing was changed. */
public class IllegalJobTransition extends IllegalStateException {

    private final JobState from;
    private final JobState to;

    public IllegalJobTransition(JobState from, JobState to) {
        super("a " + from + " job cannot become " + to + allowed(from));
        this.from = from;
        this.to = to;
    }

    public JobState from() {
        return from;
    }

    public JobState to() {
        return to;
    }

    private static String allowed(JobState from) {
        return from.next().isEmpty() ? " (it is final)" : " (it can become " + from.next() + ")";
    }
}
