package io.arrflow.worker.job;

import java.util.List;

/**
 * How the encoder ladder ended; {@code history} says, in order, what it went through: families skipped and
 * why, stream changes, each rung's result. Its last line is the rung that decided the outcome, which is what
 * a person reads first.
 */
sealed interface LadderResult {

    List<String> history();

    /** The verified rung, then the rest of the history. */
    record Verified(String encoder, long outputBytes, double seconds, double fps, List<String> history)
            implements LadderResult {

        String summary() {
            return lastFirst(history, "; ", "");
        }
    }

    record TooLarge(String encoder, long outputBytes, String reason, List<String> history) implements LadderResult {}

    /** No CRF in the profile's range reaches the quality target on the samples; nothing was fully encoded. */
    record Unreachable(String encoder, long predictedBytes, String reason, List<String> history)
            implements LadderResult {}

    /** The full output stayed under the quality target, also when encoded again at a lower CRF. */
    record BelowTarget(String reason, List<String> history) implements LadderResult {}

    record Exhausted(List<String> history) implements LadderResult {

        /** The last rung's failure, which is the cause, then the ladder that led to it. */
        String reason() {
            return lastFirst(history, " (every encoder failed; ladder: ", ")");
        }
    }

    private static String lastFirst(List<String> history, String open, String close) {
        List<String> before = history.subList(0, history.size() - 1);
        return before.isEmpty() ? history.getLast() : history.getLast() + open + String.join("; ", before) + close;
    }
}
