package io.arrflow.platform.jobs;

import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The loop guard: transcode-worker records every file it put in place (path, size, mtime), and
 * library-watcher never queues such a file again, whoever reports it.
 */
public class ProducedFiles {

    static final String KEY = "arrflow:produced:";

    private final StringRedisTemplate redis;
    private final Duration remember;

    public ProducedFiles(StringRedisTemplate redis, Duration remember) {
        this.redis = redis;
        this.remember = remember;
    }

    public void record(FileFingerprint file) {
        redis.opsForValue().set(KEY + file.key(), "1", remember);
    }

    public boolean contains(FileFingerprint file) {
        return Boolean.TRUE.equals(redis.hasKey(KEY + file.key()));
    }
}
