package io.arrflow.watcher.jobs;

import io.arrflow.platform.jobs.FileFingerprint;
import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The same file (path + size + mtime), whoever reports it, yields one decision. A report claims the
 * file while it is being decided (a crash lets the claim expire), then marks it done.
 */
class Dedupe {

    static final String KEY = "arrflow:seen:";
    private static final String DONE = "done";
    private static final Duration CLAIM = Duration.ofMinutes(10);

    private final StringRedisTemplate redis;
    private final Duration remember;

    Dedupe(StringRedisTemplate redis, Duration remember) {
        this.redis = redis;
        this.remember = remember;
    }

    /** True when this report may decide the file: nobody did, or it is this very message again. */
    boolean claim(FileFingerprint file, String messageId) {
        String key = KEY + file.key();
        if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, messageId, CLAIM))) {
            return true;
        }
        return messageId.equals(redis.opsForValue().get(key));
    }

    void done(FileFingerprint file) {
        redis.opsForValue().set(KEY + file.key(), DONE, remember);
    }

    /** Lets a retry decide again after a failure. */
    void release(FileFingerprint file, String messageId) {
        String key = KEY + file.key();
        if (messageId.equals(redis.opsForValue().get(key))) {
            redis.delete(key);
        }
    }

    boolean seen(FileFingerprint file) {
        return Boolean.TRUE.equals(redis.hasKey(KEY + file.key()));
    }
}
