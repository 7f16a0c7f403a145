package io.arrflow.watcher.jobs;

import io.arrflow.model.TranscodeMessage.RunTranscode;
import java.util.UUID;

/** What became of a detection. */
public sealed interface PlanOutcome {

    /** A job was queued (published and confirmed). */
    record Queued(RunTranscode job) implements PlanOutcome {}

    /** The policy said no, with its reason. */
    record Skipped(String reason, String detail) implements PlanOutcome {}

    /** The file was already reported, queued, or is arrflow's own output. */
    record Duplicate(String reason, UUID pendingJob) implements PlanOutcome {}
}
