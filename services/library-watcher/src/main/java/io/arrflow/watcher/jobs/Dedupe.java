package io.arrflow.watcher.jobs;

import io.arrflow.platform.jobs.FileFingerprint;
import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The same file (path + size + mtime), whoever reports it, yields one decision. A report claims the
 * file while it decides (the claim names the report and expires soon, so one whose release was lost
 * to a crash or a Redis outage cannot block the file for long), and marks it done only once the job or
 * the skip is published.
 */
class Dedupe {

    static final String KEY = "arrflow:seen:";
    private static final String DONE = "done";
    /** Longer than a decision takes (ffprobe and a confirmed publish), short enough to retry past. */
    static final Duration CLAIM = Duration.ofSeconds(30);

    /** What a report may do with a file. */
    enum Claim {
        /** this report decides the file */
        MINE,
        /** the file was decided already */
        DONE,
        /** another report is deciding it right now; ask again later */
        TAKEN
    }

    private final StringRedisTemplate redis;
    private final Duration remember;

    Dedupe(StringRedisTemplate redis, Duration remember) {
        this.redis = redis;
        this.remember = remember;
    }

    Claim claim(FileFingerprint file, String messageId) {
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

    /** Decided already; a claim in progress does not count (its holder may have died). */
    boolean decided(FileFingerprint file) {
        return DONE.equals(redis.opsForValue().get(KEY + file.key()));
    }
}
