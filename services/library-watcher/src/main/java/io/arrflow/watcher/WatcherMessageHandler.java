package io.arrflow.watcher;

import io.arrflow.model.ArrMessage;
import io.arrflow.model.Envelope;
import io.arrflow.model.HealthMessage;
import io.arrflow.model.PlatformMessage;
import io.arrflow.model.SecretMessage;
import io.arrflow.model.TranscodeMessage;
import io.arrflow.platform.messaging.EnvelopeHandler;
import io.arrflow.platform.messaging.InvalidMessage;
import io.arrflow.watcher.jobs.DetectionHandler;
import io.arrflow.watcher.rescan.ArrConnections;
import io.arrflow.watcher.rescan.RescanHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes the messages library-watcher consumes to the feature that handles them. */
class WatcherMessageHandler implements EnvelopeHandler {

    private static final Logger log = LoggerFactory.getLogger(WatcherMessageHandler.class);

    private final DetectionHandler detections;
    private final RescanHandler rescans;
    private final ArrConnections connections;

    WatcherMessageHandler(DetectionHandler detections, RescanHandler rescans, ArrConnections connections) {
        this.detections = detections;
        this.rescans = rescans;
        this.connections = connections;
    }

    @Override
    public void handle(Envelope envelope) {
        switch (envelope.payload()) {
            case TranscodeMessage transcode -> transcode(envelope, transcode);
            case SecretMessage secret -> secret(secret);
            case ArrMessage ignored -> notForUs(envelope);
            case HealthMessage ignored -> notForUs(envelope);
            case PlatformMessage ignored -> notForUs(envelope);
        }
    }

    private void transcode(Envelope envelope, TranscodeMessage message) {
        switch (message) {
            case TranscodeMessage.MediaFileDetected detected -> detections.detected(envelope, detected);
            case TranscodeMessage.TranscodeFile request -> detections.requested(envelope, request);
            case TranscodeMessage.TranscodeCompleted completed -> rescans.completed(envelope, completed);
            case TranscodeMessage.RunTranscode job ->
                throw new InvalidMessage(
                        "RunTranscode is for arrflow.transcode.jobs; publish a TranscodeFile request instead");
            case TranscodeMessage.TranscodeRequested ignored -> notForUs(envelope);
            case TranscodeMessage.TranscodeSkipped ignored -> notForUs(envelope);
            case TranscodeMessage.TranscodeStarted ignored -> notForUs(envelope);
            case TranscodeMessage.TranscodeProgressed ignored -> notForUs(envelope);
            case TranscodeMessage.TranscodeNotBeneficial ignored -> notForUs(envelope);
            case TranscodeMessage.TranscodeFailed ignored -> notForUs(envelope);
            case TranscodeMessage.SourceDamaged ignored -> notForUs(envelope);
            case TranscodeMessage.TranscodeCancelled ignored -> notForUs(envelope);
            case TranscodeMessage.TranscodeRetargeted ignored -> notForUs(envelope);
        }
    }

    private void secret(SecretMessage message) {
        if (message instanceof SecretMessage.SecretRotated rotated) {
            connections.reload(rotated.name());
        }
    }

    private static void notForUs(Envelope envelope) {
        log.debug("ignoring {} {}", envelope.type(), envelope.id());
    }
}
