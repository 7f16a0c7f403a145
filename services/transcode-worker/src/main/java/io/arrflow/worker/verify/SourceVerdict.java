package io.arrflow.worker.verify;

/** Whether a source is fit to be transcoded or remuxed. */
public sealed interface SourceVerdict {

    /** It decodes to its end without more errors than tolerated. */
    record Sound(SourceHealth health) implements SourceVerdict {}

    /** It is broken itself; an output made from it would hide that. */
    record Damaged(SourceHealth health, String reason) implements SourceVerdict {}

    /** The check could not decode it at all (no decoder, a time limit): nothing is known about its health. */
    record Undecodable(String reason) implements SourceVerdict {}
}
