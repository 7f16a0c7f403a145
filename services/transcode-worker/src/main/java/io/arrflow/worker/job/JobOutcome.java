package io.arrflow.worker.job;

import java.util.List;

/** How a job ended on this worker. */
sealed interface JobOutcome {

    /** The verified output is in place. */
    record Replaced(String encoder, long sourceBytes, long outputBytes, double encodeSeconds, double fps)
            implements JobOutcome {}

    /** The output was discarded for its size; the original is kept. */
    record NotBeneficial(String encoder, long sourceBytes, long outputBytes, String reason) implements JobOutcome {}

    /** Nothing to do with the file as found (already in the target codec and container). */
    record Skipped(String reason) implements JobOutcome {}

    /** The source is broken itself: nothing was made from it, the file is as it was, and the user is told. */
    record SourceDamaged(String reason) implements JobOutcome {}

    /** Failed for good: reported, then dead-lettered with the reason. */
    record Failed(String reason, List<String> history) implements JobOutcome {
        public Failed {
            history = List.copyOf(history);
        }
    }

    /** Not this worker's to do (cancelled, finished before, or claimed by another worker). */
    record Ignored(String reason) implements JobOutcome {}
}
