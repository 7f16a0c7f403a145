package io.arrflow.alerts.incident;

import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** One-off notices are told once per fingerprint within a window ({@code arrflow:alerts:notice:<fingerprint>}). */
final class NoticeDedupe {

    private final StringRedisTemplate redis;
    private final Duration window;

    NoticeDedupe(StringRedisTemplate redis, Duration window) {
        this.redis = redis;
        this.window = window;
    }

    boolean firstTime(String fingerprint) {
        Boolean first = redis.opsForValue().setIfAbsent("arrflow:alerts:notice:" + fingerprint, "1", window);
        return Boolean.TRUE.equals(first);
    }
}
