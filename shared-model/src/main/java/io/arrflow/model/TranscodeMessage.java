package io.arrflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Commands and events of the transcode flow: request → job → progress → outcome. */
@JsonSubTypes({
    @JsonSubTypes.Type(TranscodeMessage.TranscodeFile.class),
    @JsonSubTypes.Type(TranscodeMessage.RunTranscode.class),
    @JsonSubTypes.Type(TranscodeMessage.MediaFileDetected.class),
    @JsonSubTypes.Type(TranscodeMessage.TranscodeRequested.class),
    @JsonSubTypes.Type(TranscodeMessage.TranscodeSkipped.class),
    @JsonSubTypes.Type(TranscodeMessage.TranscodeStarted.class),
    @JsonSubTypes.Type(TranscodeMessage.TranscodeProgressed.class),
    @JsonSubTypes.Type(TranscodeMessage.TranscodeCompleted.class),
    @JsonSubTypes.Type(TranscodeMessage.TranscodeNotBeneficial.class),
    @JsonSubTypes.Type(TranscodeMessage.TranscodeFailed.class),
    @JsonSubTypes.Type(TranscodeMessage.SourceDamaged.class),
    @JsonSubTypes.Type(TranscodeMessage.TranscodeCancelled.class),
    @JsonSubTypes.Type(TranscodeMessage.TranscodeRetargeted.class)
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface TranscodeMessage extends ArrflowMessage {

    /** What a job does with a file. */
    enum Plan {
        /** Re-encode the video stream. */
        TRANSCODE,
        /** Copy every stream into the target container. */
        REMUX
    }

    /** Facts about the source file, as probed when the job was made. */
    record SourceMedia(
            long sizeBytes,
            Instant modifiedAt,
            String container,
            String videoCodec,
            int bitDepth,
            double durationSeconds,
            int width,
            int height) {}

    /**
     * Command: please transcode this file. What a person publishes by hand to {@code
     * arrflow.transcode.requests} or sends to {@code POST /api/jobs}; {@code profile} is optional.
     */
    @JsonTypeName("TranscodeFile")
    record TranscodeFile(String path, String profile) implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }

    /**
     * Command: a validated, probed job for the workers on {@code arrflow.transcode.jobs}.
     *
     * @param encoder the encoder family the job needs: {@code any}, {@code software}, {@code vaapi}
     *     or {@code qsv}; it decides the queue, so a node only takes jobs it can do
     * @param arrItem the arr item to rescan once the file is replaced; null for files found on disk
     * @param quality the quality target library-watcher's policy set for the file's library; null: the worker's
     */
    @JsonTypeName("RunTranscode")
    record RunTranscode(
            UUID jobId,
            String path,
            String profile,
            Plan plan,
            String encoder,
            String targetContainer,
            SourceMedia source,
            ArrItemRef arrItem,
            QualityReport.Target quality)
            implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }

    /** Event: a media file appeared, reported by an arr webhook or the folder watcher. */
    @JsonTypeName("MediaFileDetected")
    record MediaFileDetected(String path, long sizeBytes, Instant modifiedAt, String origin, ArrItemRef arrItem)
            implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }

    /** Event: the policy decided a file needs work, and a job was queued. */
    @JsonTypeName("TranscodeRequested")
    record TranscodeRequested(UUID jobId, String path, String profile, Plan plan, String reason)
            implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }

    /** Event: the policy decided a file needs nothing, with the reason (e.g. {@code already-hevc}). */
    @JsonTypeName("TranscodeSkipped")
    record TranscodeSkipped(String path, String reason, String detail) implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }

    /** Event: a worker started a job. */
    @JsonTypeName("TranscodeStarted")
    record TranscodeStarted(UUID jobId, String path, String worker, String encoder, int attempt)
            implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }

    /** Event: progress of a running job, sent at most once a second. */
    @JsonTypeName("TranscodeProgressed")
    record TranscodeProgressed(
            UUID jobId, String path, String worker, double percent, double fps, double speed, long etaSeconds)
            implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }

    /**
     * Event: the verified output is in place.
     *
     * @param path where the file is now
     * @param previousPath where it was, when the container (and so the extension) changed; else null
     * @param quality the quality search and gate's figures; null when the job measured none (a remux)
     */
    @JsonTypeName("TranscodeCompleted")
    record TranscodeCompleted(
            UUID jobId,
            String path,
            String previousPath,
            String encoder,
            long sourceBytes,
            long outputBytes,
            double encodeSeconds,
            ArrItemRef arrItem,
            QualityReport quality)
            implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }

    /**
     * Event: the output would not be, or was not, smaller than allowed, or no setting reaches the quality target;
     * the original is kept.
     *
     * @param outputBytes the discarded output's size, or the size the samples predicted when none was made
     * @param reason why, in words
     * @param quality the quality figures behind the decision; null when none were measured
     */
    @JsonTypeName("TranscodeNotBeneficial")
    record TranscodeNotBeneficial(
            UUID jobId, String path, long sourceBytes, long outputBytes, String reason, QualityReport quality)
            implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }

    /**
     * Event: a job failed for good; {@code history} lists every attempt's reason.
     *
     * @param quality the quality figures, when the failure was an output under the target; else null
     */
    @JsonTypeName("TranscodeFailed")
    record TranscodeFailed(UUID jobId, String path, String reason, List<String> history, QualityReport quality)
            implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }

    /**
     * Event: the source file itself is broken, so it was not transcoded and was left as it is: a clean but
     * shorter output must never take its place.
     *
     * @param decodeErrors errors the decoder reported reading the main video and the audio
     * @param declaredSeconds the duration the file's container declares
     * @param decodedSeconds how far the decoder really got
     * @param reason what was found, in words
     * @param arrItem the arr item the file belongs to, so its release can be grabbed again; null for files
     *     found on disk
     */
    @JsonTypeName("SourceDamaged")
    record SourceDamaged(
            UUID jobId,
            String path,
            int decodeErrors,
            double declaredSeconds,
            double decodedSeconds,
            String reason,
            ArrItemRef arrItem)
            implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }

    /** Event: a pending job was cancelled, e.g. because its file or series was deleted. */
    @JsonTypeName("TranscodeCancelled")
    record TranscodeCancelled(UUID jobId, String path, String reason) implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }

    /** Event: a pending job follows its file to a new path after a rename. */
    @JsonTypeName("TranscodeRetargeted")
    record TranscodeRetargeted(UUID jobId, String previousPath, String path) implements TranscodeMessage {
        @Override
        public String subject() {
            return path;
        }
    }
}
