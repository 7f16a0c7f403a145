package io.arrflow.alerts.silence.adapter;

import io.arrflow.alerts.silence.Silence;
import io.arrflow.alerts.silence.SilenceStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Silences in the Redis hash {@code arrflow:alerts:silences} (id → JSON); expired ones are dropped when read. */
public final class RedisSilenceStore implements SilenceStore {

    static final String KEY = "arrflow:alerts:silences";

    private final StringRedisTemplate redis;
    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public RedisSilenceStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public void put(Silence silence) {
        redis.opsForHash().put(KEY, silence.id(), mapper.writeValueAsString(silence));
    }

    @Override
    public boolean remove(String id) {
        Long removed = redis.opsForHash().delete(KEY, id);
        return removed != null && removed > 0;
    }

    @Override
    public Optional<Silence> get(String id) {
        Object json = redis.opsForHash().get(KEY, id);
        return json == null ? Optional.empty() : Optional.of(mapper.readValue(json.toString(), Silence.class));
    }

    /** Silences not yet over (active or starting later); expired ones are removed. */
    @Override
    public List<Silence> current(Instant now) {
        List<Silence> current = new ArrayList<>();
        for (Map.Entry<Object, Object> entry : redis.opsForHash().entries(KEY).entrySet()) {
            Silence silence = mapper.readValue(entry.getValue().toString(), Silence.class);
            if (silence.expiredAt(now)) {
                redis.opsForHash().delete(KEY, entry.getKey());
            } else {
                current.add(silence);
            }
        }
        return current;
    }
}
