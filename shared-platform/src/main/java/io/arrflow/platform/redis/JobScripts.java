package io.arrflow.platform.redis;

import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The Lua scripts behind {@link RedisJobRegistry}: each change to a job and its index keys runs as one
 * script, so no other client sees (or interleaves with) half of it. Every script first checks the job's
 * state against {@code ARGV[1]}, the states it may act on as {@code " QUEUED RUNNING "} ({@code MISSING}
 * stands for a job Redis does not know), and answers {@code OK}, or the state that refused the change.
 *
 * <p>The by-path key is built inside the scripts from the job's current path: a standalone Redis
 * allows that, a Redis Cluster would not.
 */
final class JobScripts {

    private static final String STATE_CHECK = """
            local state = redis.call('HGET', KEYS[1], 'state') or 'MISSING'
            if not string.find(ARGV[1], ' ' .. state .. ' ', 1, true) then return state end
            """;

    /** KEYS: job, active set, by-path key. ARGV: allowed, job id, field/value pairs. */
    static final RedisScript<String> QUEUE = script("""
            redis.call('HSET', KEYS[1], unpack(ARGV, 3))
            redis.call('SADD', KEYS[2], ARGV[2])
            redis.call('SET', KEYS[3], ARGV[2])
            return 'OK'""");

    /** KEYS: job. ARGV: allowed, field/value pairs (with {@code state} when the job moves). */
    static final RedisScript<String> CHANGE = script("""
            redis.call('HSET', KEYS[1], unpack(ARGV, 2))
            return 'OK'""");

    /** KEYS: job, by-path key of the new path. ARGV: allowed, job id, by-path prefix, new path, time. */
    static final RedisScript<String> RETARGET = script("""
            local old = redis.call('HGET', KEYS[1], 'path')
            if old and redis.call('GET', ARGV[3] .. old) == ARGV[2] then redis.call('DEL', ARGV[3] .. old) end
            redis.call('HSET', KEYS[1], 'path', ARGV[4], 'updatedAt', ARGV[5])
            redis.call('SET', KEYS[2], ARGV[2])
            return 'OK'""");

    /**
     * KEYS: job, active set, outcome counters, bytes saved. ARGV: allowed, job id, by-path prefix, outcome,
     * milliseconds to keep the job, bytes saved, field/value pairs. The counters move when the job leaves
     * the active set, which happens once.
     */
    static final RedisScript<String> END = script("""
            if state == ARGV[4] then return 'OK' end
            local path = redis.call('HGET', KEYS[1], 'path')
            if path and redis.call('GET', ARGV[3] .. path) == ARGV[2] then redis.call('DEL', ARGV[3] .. path) end
            redis.call('HSET', KEYS[1], 'state', ARGV[4], unpack(ARGV, 7))
            if redis.call('SREM', KEYS[2], ARGV[2]) == 1 then
              redis.call('HINCRBY', KEYS[3], ARGV[4], 1)
              if tonumber(ARGV[6]) > 0 then redis.call('INCRBY', KEYS[4], ARGV[6]) end
            end
            redis.call('PEXPIRE', KEYS[1], ARGV[5])
            return 'OK'""");

    static final String OK = "OK";

    private JobScripts() {}

    private static RedisScript<String> script(String body) {
        return new DefaultRedisScript<>(STATE_CHECK + body, String.class);
    }
}
