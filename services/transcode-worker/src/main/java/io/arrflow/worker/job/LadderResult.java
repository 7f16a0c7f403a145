package io.arrflow.worker.job;

import java.util.List;

/** How the encoder ladder ended; {@code history} says what each rung did. */
sealed interface LadderResult {

    List<String> history();

    record Verified(String encoder, long outputBytes, double seconds, double fps, List<String> history)
            implements LadderResult {}

    record TooLarge(String encoder, long outputBytes, String reason, List<String> history) implements LadderResult {}

    record Exhausted(List<String> history) implements LadderResult {}
}
