package io.arrflow.rotator.rotation;

import java.time.Duration;
import java.util.Optional;

/** The ports a rotation drives for one arr instance; adapters do the I/O. */
public interface ArrInstance {

    /** The key in force now, where the instance reads it from. */
    ApiKey currentKey() throws Exception;

    /** The key where the instance reads it, without asking Docker about the container. */
    ApiKey keyInPlace() throws Exception;

    /** The old key the last write backed up, if there is a backup. */
    Optional<Backup> backup() throws Exception;

    /** Writes the new key where the instance reads it, keeping a backup of the old one. */
    void writeKey(ApiKey key) throws Exception;

    /** Puts the backed-up key back. */
    void restoreKey() throws Exception;

    /** Restarts the container so the instance reads its key again. */
    void restart() throws Exception;

    /** Waits for {@code /ping} then an authenticated {@code system/status} with this key. */
    Health awaitHealthy(ApiKey key, Duration timeout);

    /** One check, without waiting: {@code /ping} then {@code system/status} with this key. */
    Health check(ApiKey key);

    /** Stores the verified key for consumers (their secret file) and returns its new version. */
    int storeForConsumers(ApiKey key) throws Exception;
}
