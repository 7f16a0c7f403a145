package io.arrflow.rotator.rotation.adapter;

import io.arrflow.rotator.rotation.RotationJournal;
import io.arrflow.rotator.rotation.RotationStep;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The rotation journal: each step is logged and kept in Redis ({@code arrflow:rotator:journal:<app>},
 * a hash of the last step, when the rotation started and its lock token) until the rotation ends,
 * so a rotator restarted after dying mid-rotation knows what to finish or undo. Never a key.
 */
public class RotationJournals {

    static final String PREFIX = "arrflow:rotator:journal:";
    private static final Logger log = LoggerFactory.getLogger(RotationJournals.class);

    private final StringRedisTemplate redis;
    private final Clock clock;

    public RotationJournals(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** A rotation's entry: its last step, when it started, and the token of the lock it held. */
    record Entry(RotationStep step, Instant started, String lockToken) {}

    /** The journal of a rotation that holds the lock with this token. */
    RotationJournal journal(String lockToken) {
        return (app, step, detail) -> {
            log.info("{}: {}{}", app, step.description(), detail.isEmpty() ? "" : " (" + detail + ")");
            save(app, step, lockToken);
        };
    }

    /** The unfinished rotation of an app, if a rotator died during one. */
    Optional<Entry> unfinished(String app) {
        Map<Object, Object> fields = redis.opsForHash().entries(PREFIX + app);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        // A missed STARTED leaves no start time: then any backup counts as this rotation's.
        return Optional.of(new Entry(
                RotationStep.valueOf(
                        fields.getOrDefault("step", RotationStep.STARTED.name()).toString()),
                Instant.ofEpochMilli(
                        Long.parseLong(fields.getOrDefault("started", "0").toString())),
                fields.getOrDefault("lock", "").toString()));
    }

    /** The recovery of an app's rotation now holds the lock with this token. */
    void takeOver(String app, String lockToken) {
        redis.opsForHash().put(PREFIX + app, "lock", lockToken);
    }

    /** The rotation ended (whatever its outcome): nothing is left to recover. */
    void finish(String app) {
        redis.delete(PREFIX + app);
    }

    private void save(String app, RotationStep step, String lockToken) {
        try {
            if (step == RotationStep.STARTED) {
                redis.delete(PREFIX + app);
                redis.opsForHash()
                        .putAll(
                                PREFIX + app,
                                Map.of(
                                        "step", step.name(),
                                        "started", String.valueOf(clock.millis()),
                                        "lock", lockToken));
            } else {
                redis.opsForHash().put(PREFIX + app, "step", step.name());
            }
        } catch (DataAccessException e) {
            // The rotation goes on: recovery looks at the key location too, so a missed step costs little.
            log.warn("{}: step {} not saved in the journal: {}", app, step, e.getMessage());
        }
    }
}
