package io.arrflow.watcher.jobs;

import io.arrflow.model.ArrflowMessage;

/** The facts the job planning tells; the broker is behind it, at the edge ({@link PublishedJobs}). */
public interface JobEvents {

    /** A fact for whoever listens (requested, skipped, cancelled, retargeted). */
    void announce(ArrflowMessage event);

    /** A fact that must reach the broker before the caller goes on (a file to decide). */
    void publish(ArrflowMessage event);
}
