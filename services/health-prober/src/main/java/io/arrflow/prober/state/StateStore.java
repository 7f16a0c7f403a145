package io.arrflow.prober.state;

import io.arrflow.model.Envelope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where statuses and not yet published transitions survive a restart. */
public interface StateStore {

    Map<String, TargetStatus> load(Collection<String> names);

    /** Saves a status together with the envelopes to publish, atomically. */
    void save(TargetStatus status, List<Envelope> toPublish);

    /** The oldest envelope not yet published. */
    Optional<Envelope> nextUnpublished();

    /** Forgets the oldest envelope once it is published. */
    void published();
}
