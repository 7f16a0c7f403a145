package io.arrflow.rotator.rotation;

import io.arrflow.model.Envelope;
import io.arrflow.model.SecretMessage.RotateSecret;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.messaging.PublishFailed;
import io.arrflow.platform.messaging.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Queues a {@code RotateSecret} for every scheduled app ({@code arrflow.rotator.schedule}), so the
 * schedule, the REST API and a hand-written command all rotate through the same consumer and lock.
 */
class RotationSchedule {

    private static final Logger log = LoggerFactory.getLogger(RotationSchedule.class);

    private final RotationService rotations;
    private final MessagePublisher publisher;

    RotationSchedule(RotationService rotations, MessagePublisher publisher) {
        this.rotations = rotations;
        this.publisher = publisher;
    }

    @Scheduled(cron = "${arrflow.rotator.schedule:0 0 4 1 * *}")
    void rotateScheduledApps() {
        for (String app : rotations.scheduledApps()) {
            try {
                request(publisher, app, "scheduled");
            } catch (PublishFailed e) {
                log.warn("{}: scheduled rotation not queued: {}", app, e.getMessage());
            }
        }
    }

    /** Queues a rotation of an app on {@code arrflow.secrets.commands}; returns the command's envelope. */
    static Envelope request(MessagePublisher publisher, String app, String reason) {
        RotateSecret command = new RotateSecret(ArrTarget.secretName(app), reason);
        return publisher.publish("", Topology.SECRET_COMMANDS, Envelope.of(command, "secrets-rotator"));
    }
}
