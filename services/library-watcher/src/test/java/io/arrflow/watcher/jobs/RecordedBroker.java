package io.arrflow.watcher.jobs;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import java.util.ArrayList;
import java.util.List;

/** The broker's side of the job planning, in memory: what was told, published and sent to the workers. */
final class RecordedBroker implements JobEvents, WorkQueue {

    final List<ArrflowMessage> announced = new ArrayList<>();
    final List<ArrflowMessage> published = new ArrayList<>();
    final List<RunTranscode> sent = new ArrayList<>();
    RuntimeException refusesJobs;

    @Override
    public void announce(ArrflowMessage event) {
        announced.add(event);
    }

    @Override
    public void publish(ArrflowMessage event) {
        published.add(event);
    }

    @Override
    public void send(RunTranscode job) {
        if (refusesJobs != null) {
            throw refusesJobs;
        }
        sent.add(job);
    }
}
