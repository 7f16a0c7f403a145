package io.arrflow.watcher.policy;

import io.arrflow.model.QualityReport;

/** What the transcode policy decided for a file, with its reason. */
public sealed interface Decision {

    /** Nothing to do: {@code reason} is a stable slug ({@code already-hevc}), {@code detail} says more. */
    record Skip(String reason, String detail) implements Decision {}

    /** The video is fine, the container is not: copy every stream into {@code container}. */
    record Remux(String container, String reason) implements Decision {}

    /**
     * Re-encode the video with {@code profile}.
     *
     * @param quality the quality target of the file's library; null: the worker's
     */
    record Transcode(Profile profile, String reason, QualityReport.Target quality) implements Decision {}
}
