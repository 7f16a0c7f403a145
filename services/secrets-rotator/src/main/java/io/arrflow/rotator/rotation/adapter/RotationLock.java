package io.arrflow.rotator.rotation.adapter;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** One rotation at a time per app: {@code arrflow:lock:rotate:<app>}, released only by its holder. */
public class RotationLock {

    static final String PREFIX = "arrflow:lock:rotate:";
    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;
    private final Duration ttl;

    public RotationLock(StringRedisTemplate redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    Optional<Lease> tryAcquire(String app) {
        String key = PREFIX + app;
        String token = UUID.randomUUID().toString();
        Boolean acquired = redis.opsForValue().setIfAbsent(key, token, ttl);
        return Boolean.TRUE.equals(acquired) ? Optional.of(new Lease(key, token)) : Optional.empty();
    }

    /** Releases a lock left by a rotation that died holding it, if it still holds that rotation's token. */
    boolean releaseStale(String app, String token) {
        return Long.valueOf(1).equals(redis.execute(RELEASE, List.of(PREFIX + app), token));
    }

    /** A held lock; closing releases it if it is still ours. */
    final class Lease implements AutoCloseable {

        private final String key;
        private final String token;

        private Lease(String key, String token) {
            this.key = key;
            this.token = token;
        }

        String token() {
            return token;
        }

        @Override
        public void close() {
            redis.execute(RELEASE, List.of(key), token);
        }
    }
}
