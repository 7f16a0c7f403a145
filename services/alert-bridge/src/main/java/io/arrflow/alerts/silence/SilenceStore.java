package io.arrflow.alerts.silence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The silences in force; an expired one is dropped when read. */
public interface SilenceStore {

    void put(Silence silence);

    /** False when there was no such silence. */
    boolean remove(String id);

    Optional<Silence> get(String id);

    List<Silence> current(Instant now);
}
