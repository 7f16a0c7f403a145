package io.arrflow.worker.job;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.Envelope;
import java.util.ArrayList;
import java.util.List;

/** {@link JobEvents} that keeps what a job told, in order, for unit tests. */
final class RecordedJobEvents implements JobEvents {

    final List<ArrflowMessage> announced = new ArrayList<>();
    final List<ArrflowMessage> published = new ArrayList<>();
    RuntimeException brokerDown;

    @Override
    public void announce(Envelope cause, ArrflowMessage event) {
        failWhenDown();
        announced.add(event);
    }

    @Override
    public void publish(Envelope cause, ArrflowMessage event) {
        failWhenDown();
        published.add(event);
    }

    private void failWhenDown() {
        if (brokerDown != null) {
            throw brokerDown;
        }
    }
}
