package io.arrflow.watcher.webhook;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.TranscodeMessage.MediaFileDetected;

/**
 * What a webhook's reaction tells the rest of the stack. Both return once the message is stored by
 * the broker and throw {@link io.arrflow.platform.messaging.PublishFailed} otherwise, so the arr app
 * gets no 2xx for a file that was not queued.
 */
public interface WebhookEvents {

    /** A file for the detection consumer to probe and judge: it must reach that consumer's queue. */
    void detected(MediaFileDetected file);

    /** A fact for whoever listens (a skipped file, a grab, a health issue); nobody listening is fine. */
    void announce(ArrflowMessage fact);
}
