package io.arrflow.watcher.rescan;

import io.arrflow.model.ArrMessage.ArrRescanCompleted;
import io.arrflow.model.ArrMessage.ArrRescanFailed;
import io.arrflow.model.Envelope;

/** How a rescan's end is made known, each report caused by the {@code TranscodeCompleted} that asked for it. */
public interface RescanReports {

    void completed(Envelope cause, ArrRescanCompleted done);

    void failed(Envelope cause, ArrRescanFailed failure);
}
