package io.arrflow.rotator.rotation.adapter;

import io.arrflow.model.Envelope;
import io.arrflow.model.SecretMessage.RotateSecret;
import io.arrflow.platform.messaging.PublishFailed;
import io.arrflow.rotator.rotation.ArrTarget;
import io.arrflow.rotator.rotation.RotationMessages;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Queues a {@code RotateSecret} for every scheduled app ({@code arrflow.rotator.schedule}), so the
 * schedule, the REST API and a hand-written command all rotate through the same consumer and lock.
 */
public class RotationSchedule {

    private static final Logger log = LoggerFactory.getLogger(RotationSchedule.class);

    private final List<String> apps;
    private final RotationMessages messages;

    public RotationSchedule(List<String> apps, RotationMessages messages) {
        this.apps = List.copyOf(apps);
        this.messages = messages;
    }

    @Scheduled(cron = "${arrflow.rotator.schedule:0 0 4 1 * *}")
    void rotateScheduledApps() {
        for (String app : apps) {
            try {
                request(messages, app, "scheduled");
            } catch (PublishFailed e) {
                log.warn("{}: scheduled rotation not queued: {}", app, e.getMessage());
            }
        }
    }

    /** Queues a rotation of an app on {@code arrflow.secrets.commands}; returns the command's envelope. */
    static Envelope request(RotationMessages messages, String app, String reason) {
        return messages.queue(new RotateSecret(ArrTarget.secretName(app), reason));
    }
}
