package io.arrflow.worker.job;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.Envelope;

/** The facts a job tells while it runs; the broker is behind it, at the edge ({@link PublishedJobEvents}). */
interface JobEvents {

    /** A fact for whoever listens (started, progress, skipped, failed); the job does not wait on it. */
    void announce(Envelope cause, ArrflowMessage event);

    /** A fact that must reach the broker before the job's status moves on; {@code cause} is null when none. */
    void publish(Envelope cause, ArrflowMessage event);
}
