package io.arrflow.watcher.jobs;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.MediaFileDetected;
import io.arrflow.model.TranscodeMessage.TranscodeFile;
import io.arrflow.platform.messaging.InvalidMessage;
import io.arrflow.watcher.library.LibraryGuard;
import io.arrflow.watcher.library.UnsafePath;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides on reported files (from webhooks and the folder watcher) and on hand-written requests
 * from {@code arrflow.transcode.requests}; an invalid request goes to the dead-letter queue with its reason.
 */
public class DetectionHandler {

    private static final Logger log = LoggerFactory.getLogger(DetectionHandler.class);

    private final Planner planner;
    private final JobRequests requests;
    private final LibraryGuard guard;

    DetectionHandler(Planner planner, JobRequests requests, LibraryGuard guard) {
        this.planner = planner;
        this.requests = requests;
        this.guard = guard;
    }

    /** A file reported by a webhook or the folder watcher. */
    public void detected(Envelope envelope, MediaFileDetected detected) {
        Path file;
        try {
            file = guard.requireMediaFile(detected.path());
        } catch (UnsafePath e) {
            log.info(
                    "file {} reported by {} is no longer usable: {}",
                    detected.path(),
                    detected.origin(),
                    e.getMessage());
            return;
        }
        PlanOutcome outcome = planner.plan(
                new Detection(file, detected.origin(), detected.arrItem(), Optional.empty()), messageId(envelope));
        log.info("{} from {}: {}", detected.path(), detected.origin(), outcome);
    }

    /** A hand-written request; invalid ones throw {@link InvalidMessage} (→ dead-letter queue). */
    public void requested(Envelope envelope, TranscodeFile request) {
        Detection detection;
        try {
            detection = requests.validate(request.path(), request.profile(), "request-queue");
        } catch (RequestRejected e) {
            throw new InvalidMessage(e.getMessage());
        }
        PlanOutcome outcome = planner.plan(detection, messageId(envelope));
        log.info("request for {}: {}", request.path(), outcome);
    }

    private static String messageId(Envelope envelope) {
        return envelope.id() == null
                ? "request-" + System.nanoTime()
                : envelope.id().toString();
    }
}
