package io.arrflow.platform.jobs;

import io.arrflow.model.TranscodeMessage.RunTranscode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;

/**
 * Shared job status in Redis, written by library-watcher (queued, cancelled, retargeted) and
 * transcode-worker (claimed, progress, finished), read by health-prober. Keys:
 *
 * <ul>
 *   <li>{@code arrflow:job:<id>} hash: state, path, profile, encoder, worker, percent, fps, speed,
 *       etaSeconds, sourceBytes, outputBytes, reason, updatedAt (epoch ms);
 *   <li>{@code arrflow:jobs:active} set of queued or running job ids;
 *   <li>{@code arrflow:jobs:by-path:<path>} the pending job of a path;
 *   <li>{@code arrflow:stats:outcomes} hash state → count; {@code arrflow:stats:bytes-saved}.
 * </ul>
 */
public class JobRegistry {

    static final String JOB = "arrflow:job:";
    static final String ACTIVE = "arrflow:jobs:active";
    static final String BY_PATH = "arrflow:jobs:by-path:";
    static final String OUTCOMES = "arrflow:stats:outcomes";
    static final String BYTES_SAVED = "arrflow:stats:bytes-saved";

    /** Moves a job from one state to another only if it is in the expected state. */
    private static final DefaultRedisScript<Long> TRANSITION = new DefaultRedisScript<>("""
            if redis.call('HGET', KEYS[1], 'state') ~= ARGV[1] then return 0 end
            redis.call('HSET', KEYS[1], 'state', ARGV[2], 'updatedAt', ARGV[3])
            return 1""", Long.class);

    private final StringRedisTemplate redis;
    private final Duration keepFinished;

    public JobRegistry(StringRedisTemplate redis, Duration keepFinished) {
        this.redis = redis;
        this.keepFinished = keepFinished;
    }

    public void queued(RunTranscode job) {
        String key = JOB + job.jobId();
        Map<String, String> fields = new HashMap<>();
        fields.put("state", JobState.QUEUED.name());
        fields.put("path", job.path());
        fields.put("profile", job.profile());
        fields.put("encoder", job.encoder());
        fields.put(
                "sourceBytes",
                String.valueOf(job.source() == null ? 0 : job.source().sizeBytes()));
        fields.put("updatedAt", now());
        redis.opsForHash().putAll(key, fields);
        redis.opsForSet().add(ACTIVE, job.jobId().toString());
        redis.opsForValue().set(BY_PATH + job.path(), job.jobId().toString());
    }

    public Optional<UUID> pendingJobFor(String path) {
        return Optional.ofNullable(redis.opsForValue().get(BY_PATH + path)).map(UUID::fromString);
    }

    public Optional<JobStatus> status(UUID jobId) {
        Map<Object, Object> hash = redis.opsForHash().entries(JOB + jobId);
        return hash.isEmpty() ? Optional.empty() : Optional.of(JobStatus.fromHash(jobId, hash));
    }

    /** Cancels a job that no worker has started yet; false if it is running or finished. */
    public boolean cancel(UUID jobId, String reason) {
        if (!transition(jobId, JobState.QUEUED, JobState.CANCELLED)) {
            return false;
        }
        redis.opsForHash().put(JOB + jobId, "reason", reason);
        retire(jobId, JobState.CANCELLED, (String) redis.opsForHash().get(JOB + jobId, "path"));
        return true;
    }

    /** A queued job follows its file to a new path; false if it is no longer queued. */
    public boolean retarget(UUID jobId, String newPath) {
        Optional<JobStatus> status = status(jobId);
        if (status.isEmpty() || status.get().state() != JobState.QUEUED) {
            return false;
        }
        redis.opsForHash().put(JOB + jobId, "path", newPath);
        redis.delete(BY_PATH + status.get().path());
        redis.opsForValue().set(BY_PATH + newPath, jobId.toString());
        return true;
    }

    /**
     * A worker takes a queued job; false when it was cancelled or already finished, so a redelivered
     * job is not done twice. A job found RUNNING (its worker died) may be claimed again.
     */
    public boolean claim(UUID jobId, String worker, String encoder) {
        boolean claimed = transition(jobId, JobState.QUEUED, JobState.RUNNING)
                || transition(jobId, JobState.RUNNING, JobState.RUNNING)
                || transition(jobId, JobState.VERIFYING, JobState.RUNNING);
        if (claimed) {
            redis.opsForHash().putAll(JOB + jobId, Map.of("worker", worker, "encoder", encoder, "updatedAt", now()));
        }
        return claimed;
    }

    public void progress(UUID jobId, double percent, double fps, double speed, long etaSeconds) {
        redis.opsForHash()
                .putAll(
                        JOB + jobId,
                        Map.of(
                                "percent", String.valueOf(percent),
                                "fps", String.valueOf(fps),
                                "speed", String.valueOf(speed),
                                "etaSeconds", String.valueOf(etaSeconds),
                                "updatedAt", now()));
    }

    public void verifying(UUID jobId) {
        redis.opsForHash().putAll(JOB + jobId, Map.of("state", JobState.VERIFYING.name(), "updatedAt", now()));
    }

    /**
     * Records a job's outcome; its status is kept for the configured time, then expires. The counters
     * (outcomes, bytes saved) move once per job, however often its end is recorded. A job that did not
     * replace its file keeps the progress it reached (a NOT_BENEFICIAL output was encoded in full).
     */
    public void finished(UUID jobId, JobState outcome, String reason, long sourceBytes, long outputBytes) {
        end(jobId, outcome, reason, sourceBytes, outputBytes, Map.of());
    }

    /**
     * A job whose output is in place: REPLACED as with {@link #finished}, and its status names the file
     * where it is now, {@code path}, which is not the job's after a container change ({@code .mp4} →
     * {@code .mkv}).
     */
    public void replaced(UUID jobId, String path, String reason, long sourceBytes, long outputBytes) {
        end(jobId, JobState.REPLACED, reason, sourceBytes, outputBytes, Map.of("path", path));
    }

    private void end(
            UUID jobId,
            JobState outcome,
            String reason,
            long sourceBytes,
            long outputBytes,
            Map<String, String> moreFields) {
        Map<String, String> fields = new HashMap<>(moreFields);
        fields.put("state", outcome.name());
        fields.put("reason", reason == null ? "" : reason);
        fields.put("sourceBytes", String.valueOf(sourceBytes));
        fields.put("outputBytes", String.valueOf(outputBytes));
        if (outcome == JobState.REPLACED) {
            fields.put("percent", "100");
        }
        fields.put("updatedAt", now());
        String pendingPath = (String) redis.opsForHash().get(JOB + jobId, "path");
        redis.opsForHash().putAll(JOB + jobId, fields);
        boolean firstEnd = retire(jobId, outcome, pendingPath);
        if (firstEnd && outcome == JobState.REPLACED && sourceBytes > outputBytes) {
            redis.opsForValue().increment(BYTES_SAVED, sourceBytes - outputBytes);
        }
    }

    public List<JobStatus> active() {
        List<JobStatus> jobs = new ArrayList<>();
        var ids = redis.opsForSet().members(ACTIVE);
        if (ids == null) {
            return jobs;
        }
        for (String id : ids) {
            status(UUID.fromString(id)).ifPresent(jobs::add);
        }
        return jobs;
    }

    public Map<JobState, Long> outcomeCounts() {
        Map<JobState, Long> counts = new HashMap<>();
        redis.opsForHash()
                .entries(OUTCOMES)
                .forEach((state, count) ->
                        counts.put(JobState.valueOf(state.toString()), Long.parseLong(count.toString())));
        return counts;
    }

    public long bytesSaved() {
        String saved = redis.opsForValue().get(BYTES_SAVED);
        return saved == null ? 0 : Long.parseLong(saved);
    }

    /**
     * Ends a job's active life and frees the path it was pending for; true the first time only (SREM is
     * atomic), which is when it counts.
     */
    private boolean retire(UUID jobId, JobState outcome, String path) {
        Long removed = redis.opsForSet().remove(ACTIVE, jobId.toString());
        if (path != null && jobId.toString().equals(redis.opsForValue().get(BY_PATH + path))) {
            redis.delete(BY_PATH + path);
        }
        boolean first = removed != null && removed > 0;
        if (first) {
            redis.opsForHash().increment(OUTCOMES, outcome.name(), 1);
        }
        redis.expire(JOB + jobId, keepFinished);
        return first;
    }

    private boolean transition(UUID jobId, JobState from, JobState to) {
        Long changed = redis.execute(TRANSITION, List.of(JOB + jobId), from.name(), to.name(), now());
        return changed != null && changed == 1L;
    }

    private static String now() {
        return String.valueOf(System.currentTimeMillis());
    }
}
