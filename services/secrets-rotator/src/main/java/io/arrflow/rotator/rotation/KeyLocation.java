package io.arrflow.rotator.rotation;

import java.io.IOException;
import java.util.Optional;

/** Where an instance takes its key from at start-up: its {@code config.xml} or a secret file. */
public interface KeyLocation {

    ApiKey current() throws IOException;

    /** Writes the new key, after copying the current content to a backup (mode 0600). */
    void write(ApiKey key) throws IOException;

    /** The key in the backup and when the backup was written, if there is a readable one. */
    Optional<Backup> backup() throws IOException;

    /** Puts the backup's content back. */
    void restore() throws IOException;
}
