package io.arrflow.worker.verify;

/** The outcome of verifying an output. */
public sealed interface Verdict {

    /** Good: it may replace the original. */
    record Verified(long outputBytes) implements Verdict {}

    /** Sound, but not smaller than allowed: discard it, keep the original. */
    record NotBeneficial(long outputBytes, String reason) implements Verdict {}

    /** Broken or not what was asked for. */
    record Rejected(String reason) implements Verdict {}
}
