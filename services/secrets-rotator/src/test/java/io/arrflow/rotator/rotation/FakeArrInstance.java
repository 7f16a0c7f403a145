package io.arrflow.rotator.rotation;

import io.arrflow.rotator.rotation.Health.Healthy;
import io.arrflow.rotator.rotation.Health.Unhealthy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An in-memory arr instance for unit tests: it accepts the key it read at its last restart. */
final class FakeArrInstance implements ArrInstance {

    final List<String> calls = new ArrayList<>();
    ApiKey written;
    ApiKey backup;
    ApiKey inForce;
    int version;
    boolean comesBack = true;
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
    public void writeKey(ApiKey key) throws Exception {
        calls.add("write");
        if (failOnWrite != null) {
            throw failOnWrite;
        }
        backup = written;
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
