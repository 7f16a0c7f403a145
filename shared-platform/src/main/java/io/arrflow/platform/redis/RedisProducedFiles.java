package io.arrflow.platform.redis;

import io.arrflow.transcode.jobs.FileFingerprint;
import io.arrflow.transcode.jobs.ProducedFiles;
import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** {@link ProducedFiles} as expiring Redis keys, {@code arrflow:produced:<fingerprint key>}. */
public class RedisProducedFiles implements ProducedFiles {

    static final String KEY = "arrflow:produced:";

    private final StringRedisTemplate redis;
    private final Duration remember;

    public RedisProducedFiles(StringRedisTemplate redis, Duration remember) {
        this.redis = redis;
        this.remember = remember;
    }

    @Override
    public void record(FileFingerprint file) {
        redis.opsForValue().set(KEY + file.key(), "1", remember);
    }

    @Override
    public boolean contains(FileFingerprint file) {
        return Boolean.TRUE.equals(redis.hasKey(KEY + file.key()));
    }
}
