package io.arrflow.prober.state.adapter;

import io.arrflow.model.Envelope;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.prober.state.Health;
import io.arrflow.prober.state.StateStore;
import io.arrflow.prober.state.TargetStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

/**
 * Statuses in {@code arrflow:prober:target:<name>} hashes (health, since, failures, successes,
 * reason, checkedAt, kind) and the transitions to publish in the list {@code arrflow:prober:outbox},
 * written in one script so a crash never separates a state change from its announcement. The outbox
 * keeps the newest 1000 transitions while they cannot be published (broker unreachable); a transition
 * without a subscriber is announced and leaves it like any other.
 */
public final class RedisStateStore implements StateStore {

    static final String TARGET = "arrflow:prober:target:";
    static final String OUTBOX = "arrflow:prober:outbox";

    private static final DefaultRedisScript<Long> SAVE = new DefaultRedisScript<>("""
            local fields = tonumber(ARGV[1])
            for i = 2, fields + 1, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
            for i = fields + 2, #ARGV do redis.call('RPUSH', KEYS[2], ARGV[i]) end
            redis.call('LTRIM', KEYS[2], -1000, -1)
            return 1""", Long.class);

    private final StringRedisTemplate redis;
    private final EnvelopeCodec codec;

    public RedisStateStore(StringRedisTemplate redis, EnvelopeCodec codec) {
        this.redis = redis;
        this.codec = codec;
    }

    @Override
    public Map<String, TargetStatus> load(Collection<String> names) {
        Map<String, TargetStatus> known = new HashMap<>();
        for (String name : names) {
            Map<Object, Object> hash = redis.opsForHash().entries(TARGET + name);
            if (!hash.isEmpty()) {
                readable(name, hash).ifPresent(status -> known.put(name, status));
            }
        }
        return known;
    }

    @Override
    public void save(TargetStatus status, List<Envelope> toPublish) {
        List<String> args = new ArrayList<>();
        Map<String, String> fields = toHash(status);
        args.add(String.valueOf(fields.size() * 2));
        fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        toPublish.forEach(
                envelope -> args.add(new String(codec.encode(envelope), java.nio.charset.StandardCharsets.UTF_8)));
        redis.execute(SAVE, List.of(TARGET + status.name(), OUTBOX), args.toArray());
    }

    @Override
    public Optional<Envelope> nextUnpublished() {
        return Optional.ofNullable(redis.opsForList().index(OUTBOX, 0)).map(codec::decode);
    }

    @Override
    public void published() {
        redis.opsForList().leftPop(OUTBOX);
    }

    static Map<String, String> toHash(TargetStatus status) {
        Map<String, String> fields = new HashMap<>();
        fields.put("kind", status.kind());
        fields.put("health", status.health().name());
        fields.put("since", String.valueOf(status.since().toEpochMilli()));
        fields.put("failures", String.valueOf(status.failures()));
        fields.put("successes", String.valueOf(status.successes()));
        fields.put("reason", status.reason());
        fields.put(
                "checkedAt",
                status.checkedAt() == null
                        ? ""
                        : String.valueOf(status.checkedAt().toEpochMilli()));
        fields.put(
                "maintenanceUntil",
                status.maintenanceUntil() == null
                        ? ""
                        : String.valueOf(status.maintenanceUntil().toEpochMilli()));
        return fields;
    }

    /** A status written by an incompatible version is forgotten: the target starts afresh. */
    private static Optional<TargetStatus> readable(String name, Map<Object, Object> hash) {
        try {
            return Optional.of(fromHash(name, hash));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    static TargetStatus fromHash(String name, Map<Object, Object> hash) {
        return new TargetStatus(
                name,
                text(hash, "kind"),
                Health.valueOf(text(hash, "health")),
                instant(hash, "since"),
                Integer.parseInt(text(hash, "failures")),
                Integer.parseInt(text(hash, "successes")),
                text(hash, "reason"),
                instant(hash, "checkedAt"),
                0,
                null,
                instant(hash, "maintenanceUntil"),
                Map.of());
    }

    private static String text(Map<Object, Object> hash, String field) {
        Object value = hash.get(field);
        return value == null ? "" : value.toString();
    }

    private static Instant instant(Map<Object, Object> hash, String field) {
        String value = text(hash, field);
        return value.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(value));
    }
}
