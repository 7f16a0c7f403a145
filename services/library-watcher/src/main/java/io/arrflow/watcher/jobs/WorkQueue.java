package io.arrflow.watcher.jobs;

import io.arrflow.model.TranscodeMessage.RunTranscode;

/** The workers' queues: a job goes to the queue of its encoder family, confirmed, or the call throws. */
interface WorkQueue {

    void send(RunTranscode job);
}
