package io.arrflow.rotator.rotation;

import io.arrflow.rotator.rotation.Health.Healthy;
import io.arrflow.rotator.rotation.Health.Unhealthy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An in-memory arr instance for unit tests: it accepts the key it read at its last restart. */
final class FakeArrInstance implements ArrInstance {

    final List<String> calls = new ArrayList<>();
    ApiKey written;
    ApiKey backup;
    Instant backupWritten = Instant.EPOCH;
    ApiKey inForce;
    int version;
    boolean comesBack = true;
    /** Whether the instance is running now, before any restart (false: the crash left it stopped). */
    boolean up = true;

    boolean ignoresWrittenKey;
    Exception failOnRead;
    Exception failOnWrite;
    Exception failOnRestart;
    Exception failOnStore;
    Exception failOnRestore;

    FakeArrInstance(ApiKey current) {
        this.written = current;
        this.inForce = current;
    }

    @Override
    public ApiKey currentKey() throws Exception {
        calls.add("read");
        if (failOnRead != null) {
            throw failOnRead;
        }
        return written;
    }

    @Override
    public ApiKey keyInPlace() throws Exception {
        if (written == null) {
            throw new IOException("no key in place");
        }
        return written;
    }

    @Override
    public Optional<Backup> backup() {
        return Optional.ofNullable(backup).map(key -> new Backup(key, backupWritten));
    }

    @Override
    public void writeKey(ApiKey key) throws Exception {
        calls.add("write");
        if (failOnWrite != null) {
            throw failOnWrite;
        }
        backup = written;
        backupWritten = Instant.now();
        written = key;
    }

    @Override
    public void restoreKey() throws Exception {
        calls.add("restore");
        if (failOnRestore != null) {
            throw failOnRestore;
        }
        written = backup;
    }

    @Override
    public void restart() throws Exception {
        calls.add("restart");
        if (failOnRestart != null) {
            throw failOnRestart;
        }
        if (!ignoresWrittenKey) {
            inForce = written;
        }
    }

    @Override
    public Health awaitHealthy(ApiKey key, Duration timeout) {
        calls.add("verify");
        if (!comesBack) {
            return new Unhealthy("no answer on /ping (gave up after " + timeout.toSeconds() + "s)");
        }
        return answer(key);
    }

    @Override
    public Health check(ApiKey key) {
        calls.add("check");
        return up ? answer(key) : new Unhealthy("no answer on /ping");
    }

    private Health answer(ApiKey key) {
        return key.equals(inForce) ? new Healthy("version 4.0") : new Unhealthy("key rejected (HTTP 401)");
    }

    @Override
    public int storeForConsumers(ApiKey key) throws Exception {
        calls.add("store");
        if (failOnStore != null) {
            throw failOnStore;
        }
        return ++version;
    }
}
