package io.arrflow.transcode.jobs;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a transcode job stands, and the only moves it may make. The Redis adapter and the test fakes both ask
 * this table, so a job cannot, for instance, be claimed after it was cancelled or go back to the queue.
 */
public enum JobState {
    QUEUED,
    RUNNING,
    VERIFYING,
    REPLACED,
    NOT_BENEFICIAL,
    FAILED,
    CANCELLED,
    /** The source itself is broken (decode errors, or it ends before its declared duration): left as it is. */
    SOURCE_DAMAGED;

    private static final Map<JobState, Set<JobState>> NEXT = table();

    private static Map<JobState, Set<JobState>> table() {
        Map<JobState, Set<JobState>> next = new EnumMap<>(JobState.class);
        next.put(QUEUED, EnumSet.of(RUNNING, FAILED, CANCELLED));
        // RUNNING → RUNNING and VERIFYING → RUNNING: a worker claims again a job whose worker died
        next.put(RUNNING, EnumSet.of(RUNNING, VERIFYING, REPLACED, NOT_BENEFICIAL, FAILED, SOURCE_DAMAGED));
        next.put(VERIFYING, EnumSet.of(RUNNING, REPLACED, NOT_BENEFICIAL, FAILED));
        // start-up recovery may find the output of a job that had been given up already in place
        next.put(FAILED, EnumSet.of(REPLACED));
        next.put(REPLACED, EnumSet.noneOf(JobState.class));
        next.put(NOT_BENEFICIAL, EnumSet.noneOf(JobState.class));
        next.put(CANCELLED, EnumSet.noneOf(JobState.class));
        next.put(SOURCE_DAMAGED, EnumSet.noneOf(JobState.class));
        return next;
    }

    public boolean isFinished() {
        return this == REPLACED
                || this == NOT_BENEFICIAL
                || this == FAILED
                || this == CANCELLED
                || this == SOURCE_DAMAGED;
    }

    public boolean canMoveTo(JobState target) {
        return NEXT.get(this).contains(target);
    }

    /** The target state, or {@link IllegalJobTransition} when the table has no such move. */
    public JobState moveTo(JobState target) {
        if (!canMoveTo(target)) {
            throw new IllegalJobTransition(this, target);
        }
        return target;
    }

    /** Every state from which a job may move to {@code target}. */
    public static Set<JobState> sourcesOf(JobState target) {
        Set<JobState> sources = EnumSet.noneOf(JobState.class);
        Arrays.stream(values()).filter(state -> state.canMoveTo(target)).forEach(sources::add);
        return sources;
    }

    /** The states this one may move to. */
    public Set<JobState> next() {
        return EnumSet.copyOf(NEXT.get(this));
    }
}
