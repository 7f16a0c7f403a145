package io.arrflow.watcher.rescan.adapter;

import io.arrflow.model.ArrMessage.ArrRescanCompleted;
import io.arrflow.model.ArrMessage.ArrRescanFailed;
import io.arrflow.model.Envelope;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.watcher.rescan.RescanReports;

/** {@link RescanReports} announced on {@code arrflow.events}: nobody listening is no reason to fail a rescan. */
public record AnnouncedRescanReports(MessagePublisher publisher) implements RescanReports {

    @Override
    public void completed(Envelope cause, ArrRescanCompleted done) {
        publisher.announce(cause, done);
    }

    @Override
    public void failed(Envelope cause, ArrRescanFailed failure) {
        publisher.announce(cause, failure);
    }
}
