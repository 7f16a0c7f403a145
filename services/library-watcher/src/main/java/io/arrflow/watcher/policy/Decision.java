package io.arrflow.watcher.policy;

/** What the transcode policy decided for a file, with its reason. */
public sealed interface Decision {

    /** Nothing to do: {@code reason} is a stable slug ({@code already-hevc}), {@code detail} says more. */
    record Skip(String reason, String detail) implements Decision {}

    /** The video is fine, the container is not: copy every stream into {@code container}. */
    record Remux(String container, String reason) implements Decision {}

    /** Re-encode the video with {@code profile}. */
    record Transcode(Profile profile, String reason) implements Decision {}
}
