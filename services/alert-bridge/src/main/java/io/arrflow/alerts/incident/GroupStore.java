package io.arrflow.alerts.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open groups in Redis, so every FIRING still gets its RESOLVED after a restart:
 * {@code arrflow:alerts:group:<key>} (JSON), {@code arrflow:alerts:due} (sorted set: key → next look,
 * epoch ms), {@code arrflow:alerts:open} (set of keys).
 */
final class GroupStore {

    static final String PREFIX = "arrflow:alerts:group:";
    static final String DUE = "arrflow:alerts:due";
    static final String OPEN = "arrflow:alerts:open";

    private final StringRedisTemplate redis;
    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    GroupStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    Optional<Group> load(String key) {
        String json = redis.opsForValue().get(PREFIX + key);
        return json == null ? Optional.empty() : Optional.of(mapper.readValue(json, Group.class));
    }

    void save(Group group) {
        redis.opsForValue().set(PREFIX + group.key(), mapper.writeValueAsString(group));
        redis.opsForSet().add(OPEN, group.key());
        if (group.dueAt() == null) {
            redis.opsForZSet().remove(DUE, group.key());
        } else {
            redis.opsForZSet().add(DUE, group.key(), group.dueAt().toEpochMilli());
        }
    }

    void delete(String key) {
        redis.delete(PREFIX + key);
        redis.opsForZSet().remove(DUE, key);
        redis.opsForSet().remove(OPEN, key);
    }

    List<String> dueAt(Instant now) {
        Set<String> due = redis.opsForZSet().rangeByScore(DUE, 0, now.toEpochMilli());
        return due == null ? List.of() : List.copyOf(due);
    }

    List<Group> open() {
        Set<String> keys = redis.opsForSet().members(OPEN);
        return keys == null
                ? List.of()
                : keys.stream().map(this::load).flatMap(Optional::stream).toList();
    }
}
