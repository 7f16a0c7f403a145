package io.arrflow.watcher.jobs;

/** Turns a detected file into an outcome: queued job, skip or duplicate. */
public interface Planner {

    /** @param messageId the id of the message that reported the file, used to claim it */
    PlanOutcome plan(Detection detection, String messageId);
}
