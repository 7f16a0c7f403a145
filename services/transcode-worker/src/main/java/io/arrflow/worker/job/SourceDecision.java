package io.arrflow.worker.job;

import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.transcode.probe.StreamInfo;
import io.arrflow.worker.encode.Profile;
import java.util.Optional;

/** What the worker does with the file it actually found, whatever the job assumed when it was made. */
sealed interface SourceDecision {

    record Transcode() implements SourceDecision {}

    record Remux(String reason) implements SourceDecision {}

    record Skip(String reason, String detail) implements SourceDecision {}

    record Reject(String reason) implements SourceDecision {}

    static SourceDecision decide(Plan plan, Profile profile, MediaInfo source, String container) {
        Optional<StreamInfo> video = source.mainVideo();
        if (video.isEmpty()) {
            return new Reject("no video stream in the file");
        }
        boolean rightContainer = source.isContainer(container);
        boolean rightCodec = video.get().codec().equals(profile.codec());
        if (rightCodec && rightContainer) {
            return new Skip(
                    "already-" + profile.codec(), "video is " + video.get().codec() + " in " + container);
        }
        if (plan == Plan.REMUX && rightContainer) {
            return new Skip("already-" + container, "the file is already in " + container);
        }
        if (rightCodec) {
            return new Remux("video is already " + profile.codec() + ", only the container changes");
        }
        return plan == Plan.REMUX ? new Remux("remux job") : new Transcode();
    }
}
