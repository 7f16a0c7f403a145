package io.arrflow.watcher.jobs.adapter;

import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.watcher.jobs.Dedupe;
import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** {@link Dedupe} in Redis: one key per file, {@code arrflow:seen:<fingerprint key>}, holding the claim or "done". */
public final class RedisDedupe implements Dedupe {

    static final String KEY = "arrflow:seen:";
    private static final String DONE = "done";

    private final StringRedisTemplate redis;
    private final Duration remember;

    public RedisDedupe(StringRedisTemplate redis, Duration remember) {
        this.redis = redis;
        this.remember = remember;
    }

    @Override
    public Claim claim(FileFingerprint file, String messageId) {
        String key = KEY + file.key();
        if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, messageId, CLAIM))) {
            return Claim.MINE;
        }
        String holder = redis.opsForValue().get(key);
        if (holder == null) {
            return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, messageId, CLAIM))
                    ? Claim.MINE
                    : Claim.TAKEN;
        }
        if (holder.equals(messageId)) {
            return Claim.MINE;
        }
        return DONE.equals(holder) ? Claim.DONE : Claim.TAKEN;
    }

    @Override
    public void done(FileFingerprint file) {
        redis.opsForValue().set(KEY + file.key(), DONE, remember);
    }

    @Override
    public void release(FileFingerprint file, String messageId) {
        String key = KEY + file.key();
        if (messageId.equals(redis.opsForValue().get(key))) {
            redis.delete(key);
        }
    }

    @Override
    public boolean decided(FileFingerprint file) {
        return DONE.equals(redis.opsForValue().get(KEY + file.key()));
    }
}
