package io.arrflow.alerts.incident.adapter;

import io.arrflow.alerts.incident.NoticeDedupe;
import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** One-off notices are told once per fingerprint within a window ({@code arrflow:alerts:notice:<fingerprint>}). */
public final class RedisNoticeDedupe implements NoticeDedupe {

    private final StringRedisTemplate redis;
    private final Duration window;

    public RedisNoticeDedupe(StringRedisTemplate redis, Duration window) {
        this.redis = redis;
        this.window = window;
    }

    @Override
    public boolean firstTime(String fingerprint) {
        Boolean first = redis.opsForValue().setIfAbsent("arrflow:alerts:notice:" + fingerprint, "1", window);
        return Boolean.TRUE.equals(first);
    }
}
