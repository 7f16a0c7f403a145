package io.arrflow.alerts.incident.adapter;

import io.arrflow.alerts.incident.Group;
import io.arrflow.alerts.incident.GroupStore;
import java.time.Duration;
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
 * epoch ms), {@code arrflow:alerts:open} (set of keys), {@code arrflow:alerts:outages} (hash: route and
 * service → the group holding that service's outage), {@code arrflow:alerts:state-since} (when this state
 * began: epoch ms), {@code arrflow:alerts:state-lost:<epoch ms>} (the loss of that state was told).
 */
public final class RedisGroupStore implements GroupStore {

    static final String PREFIX = "arrflow:alerts:group:";
    static final String DUE = "arrflow:alerts:due";
    static final String OPEN = "arrflow:alerts:open";
    static final String OUTAGES = "arrflow:alerts:outages";
    static final String STATE_SINCE = "arrflow:alerts:state-since";
    static final String STATE_LOST = "arrflow:alerts:state-lost:";
    private static final Duration REMEMBER_LOSS = Duration.ofDays(30);

    private final StringRedisTemplate redis;
    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public RedisGroupStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Optional<Group> load(String key) {
        String json = redis.opsForValue().get(PREFIX + key);
        return json == null ? Optional.empty() : Optional.of(mapper.readValue(json, Group.class));
    }

    @Override
    public void save(Group group) {
        redis.opsForValue().set(PREFIX + group.key(), mapper.writeValueAsString(group));
        redis.opsForSet().add(OPEN, group.key());
        if (group.dueAt() == null) {
            redis.opsForZSet().remove(DUE, group.key());
        } else {
            redis.opsForZSet().add(DUE, group.key(), group.dueAt().toEpochMilli());
        }
    }

    @Override
    public void delete(String key) {
        redis.delete(PREFIX + key);
        redis.opsForZSet().remove(DUE, key);
        redis.opsForSet().remove(OPEN, key);
    }

    @Override
    public List<String> dueAt(Instant now) {
        Set<String> due = redis.opsForZSet().rangeByScore(DUE, 0, now.toEpochMilli());
        return due == null ? List.of() : List.copyOf(due);
    }

    /** The group that holds the service's outage on this route, as last linked (check it still does). */
    @Override
    public Optional<String> outageGroup(String route, String service) {
        Object key = redis.opsForHash().get(OUTAGES, outageField(route, service));
        return Optional.ofNullable(key).map(Object::toString);
    }

    @Override
    public void linkOutage(String route, String service, String groupKey) {
        redis.opsForHash().put(OUTAGES, outageField(route, service), groupKey);
    }

    /** Forgets the link, unless it now points at another group. */
    @Override
    public void unlinkOutage(String route, String service, String groupKey) {
        if (outageGroup(route, service).filter(groupKey::equals).isPresent()) {
            redis.opsForHash().delete(OUTAGES, outageField(route, service));
        }
    }

    /** Records that the incident state begins now, unless it already began. */
    @Override
    public void markStateBegun(Instant now) {
        redis.opsForValue().setIfAbsent(STATE_SINCE, String.valueOf(now.toEpochMilli()));
    }

    /** When this incident state began: everything alert-bridge was told since then is in it. */
    @Override
    public Instant stateSince(Instant now) {
        markStateBegun(now);
        String since = redis.opsForValue().get(STATE_SINCE);
        return since == null ? now : Instant.ofEpochMilli(Long.parseLong(since));
    }

    /** True the first time it is asked for the state that began at {@code since}. */
    @Override
    public boolean firstReportOfLoss(Instant since) {
        Boolean first = redis.opsForValue().setIfAbsent(STATE_LOST + since.toEpochMilli(), "1", REMEMBER_LOSS);
        return Boolean.TRUE.equals(first);
    }

    @Override
    public List<Group> open() {
        Set<String> keys = redis.opsForSet().members(OPEN);
        return keys == null
                ? List.of()
                : keys.stream().map(this::load).flatMap(Optional::stream).toList();
    }

    private static String outageField(String route, String service) {
        return route + "/" + service;
    }
}
