package io.arrflow.platform.redis;

import io.arrflow.model.QualityReport;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.transcode.jobs.EncodeProgress;
import io.arrflow.transcode.jobs.Ending;
import io.arrflow.transcode.jobs.IllegalJobTransition;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * {@link JobRegistry} in Redis, each change one {@link JobScripts Lua script}. Keys:
 *
 * <ul>
 *   <li>{@code arrflow:job:<id>} hash: state, path, profile, encoder, worker, percent, fps, speed,
 *       etaSeconds, sourceBytes, outputBytes, reason, updatedAt (epoch ms), quality (JSON);
 *   <li>{@code arrflow:jobs:active} set of queued or running job ids;
 *   <li>{@code arrflow:jobs:by-path:<path>} the pending job of a path;
 *   <li>{@code arrflow:stats:outcomes} hash state → count; {@code arrflow:stats:bytes-saved}.
 * </ul>
 */
public class RedisJobRegistry implements JobRegistry {

    static final String JOB = "arrflow:job:";
    static final String ACTIVE = "arrflow:jobs:active";
    static final String BY_PATH = "arrflow:jobs:by-path:";
    static final String OUTCOMES = "arrflow:stats:outcomes";
    static final String BYTES_SAVED = "arrflow:stats:bytes-saved";
    private static final String MISSING = "MISSING";

    private final StringRedisTemplate redis;
    private final Duration keepFinished;

    public RedisJobRegistry(StringRedisTemplate redis, Duration keepFinished) {
        this.redis = redis;
        this.keepFinished = keepFinished;
    }

    @Override
    public boolean queued(RunTranscode job) {
        List<String> args =
                new ArrayList<>(List.of(allowed(Set.of(), true), job.jobId().toString()));
        args.addAll(pairs(queuedFields(job)));
        return run(JobScripts.QUEUE, List.of(key(job.jobId()), ACTIVE, BY_PATH + job.path()), args) == null;
    }

    @Override
    public Optional<UUID> pendingJobFor(String path) {
        return Optional.ofNullable(redis.opsForValue().get(BY_PATH + path)).map(UUID::fromString);
    }

    @Override
    public Optional<JobStatus> status(UUID jobId) {
        Map<Object, Object> hash = redis.opsForHash().entries(key(jobId));
        return hash.isEmpty() ? Optional.empty() : Optional.of(StatusHash.read(jobId, hash));
    }

    @Override
    public boolean cancel(UUID jobId, String reason) {
        Map<String, String> fields = Map.of("reason", reason, "updatedAt", now());
        return end(jobId, JobState.CANCELLED, allowed(Set.of(JobState.QUEUED), false), 0, fields) == null;
    }

    @Override
    public boolean retarget(UUID jobId, String newPath) {
        List<String> args = List.of(allowed(Set.of(JobState.QUEUED), false), jobId.toString(), BY_PATH, newPath, now());
        return run(JobScripts.RETARGET, List.of(key(jobId), BY_PATH + newPath), args) == null;
    }

    @Override
    public boolean claim(UUID jobId, String worker, String encoder) {
        Map<String, String> fields =
                Map.of("state", JobState.RUNNING.name(), "worker", worker, "encoder", encoder, "updatedAt", now());
        return change(jobId, JobState.sourcesOf(JobState.RUNNING), fields) == null;
    }

    @Override
    public boolean progress(UUID jobId, EncodeProgress progress) {
        Map<String, String> fields = Map.of(
                "percent", String.valueOf(progress.percent()),
                "fps", String.valueOf(progress.fps()),
                "speed", String.valueOf(progress.speed()),
                "etaSeconds", String.valueOf(progress.etaSeconds()),
                "updatedAt", now());
        return change(jobId, Set.of(JobState.RUNNING), fields) == null;
    }

    @Override
    public boolean quality(UUID jobId, QualityReport report) {
        Map<String, String> fields = Map.of("quality", StatusHash.json(report), "updatedAt", now());
        return change(jobId, EnumSet.of(JobState.RUNNING, JobState.VERIFYING), fields) == null;
    }

    @Override
    public void verifying(UUID jobId) {
        Map<String, String> fields = Map.of("state", JobState.VERIFYING.name(), "updatedAt", now());
        refuseLoudly(change(jobId, JobState.sourcesOf(JobState.VERIFYING), fields), JobState.VERIFYING);
    }

    @Override
    public void finished(UUID jobId, Ending ending) {
        // the same end again is not refused (the script leaves the job as it is), nor is a job Redis forgot
        Set<JobState> from = EnumSet.copyOf(JobState.sourcesOf(ending.outcome()));
        from.add(ending.outcome());
        String refusedBy = end(jobId, ending.outcome(), allowed(from, true), ending.bytesSaved(), fieldsOf(ending));
        refuseLoudly(refusedBy, ending.outcome());
    }

    @Override
    public List<JobStatus> active() {
        Set<String> ids = redis.opsForSet().members(ACTIVE);
        if (ids == null) {
            return List.of();
        }
        return ids.stream()
                .map(id -> status(UUID.fromString(id)))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public Map<JobState, Long> outcomeCounts() {
        return redis.opsForHash().entries(OUTCOMES).entrySet().stream()
                .collect(Collectors.toMap(
                        e -> JobState.valueOf(e.getKey().toString()),
                        e -> Long.parseLong(e.getValue().toString())));
    }

    @Override
    public long bytesSaved() {
        String saved = redis.opsForValue().get(BYTES_SAVED);
        return saved == null ? 0 : Long.parseLong(saved);
    }

    private static Map<String, String> fieldsOf(Ending ending) {
        Map<String, String> fields = new HashMap<>();
        fields.put("reason", ending.reason());
        fields.put("sourceBytes", String.valueOf(ending.sourceBytes()));
        fields.put("outputBytes", String.valueOf(ending.outputBytes()));
        fields.put("updatedAt", now());
        if (ending.outcome() == JobState.REPLACED) {
            fields.put("percent", "100");
        }
        if (ending.path() != null) {
            fields.put("path", ending.path());
        }
        return fields;
    }

    private String end(UUID jobId, JobState outcome, String allowed, long saved, Map<String, String> fields) {
        List<String> args = new ArrayList<>(List.of(
                allowed,
                jobId.toString(),
                BY_PATH,
                outcome.name(),
                String.valueOf(keepFinished.toMillis()),
                String.valueOf(saved)));
        args.addAll(pairs(fields));
        return run(JobScripts.END, List.of(key(jobId), ACTIVE, OUTCOMES, BYTES_SAVED), args);
    }

    private String change(UUID jobId, Set<JobState> from, Map<String, String> fields) {
        List<String> args = new ArrayList<>(List.of(allowed(from, false)));
        args.addAll(pairs(fields));
        return run(JobScripts.CHANGE, List.of(key(jobId)), args);
    }

    /** Runs a script; null when it made its change, else the state that refused it. */
    private String run(RedisScript<String> script, List<String> keys, List<String> args) {
        String answer = redis.execute(script, keys, args.toArray());
        return JobScripts.OK.equals(answer) ? null : answer;
    }

    private static void refuseLoudly(String refusedBy, JobState target) {
        if (refusedBy == null) {
            return;
        }
        if (MISSING.equals(refusedBy)) {
            throw new IllegalStateException("no job to move to " + target + ": it was never queued or has expired");
        }
        throw new IllegalJobTransition(JobState.valueOf(refusedBy), target);
    }

    private static Map<String, String> queuedFields(RunTranscode job) {
        return Map.of(
                "state", JobState.QUEUED.name(),
                "path", job.path(),
                "profile", job.profile(),
                "encoder", job.encoder(),
                "sourceBytes",
                        String.valueOf(job.source() == null ? 0 : job.source().sizeBytes()),
                "updatedAt", now());
    }

    private static String allowed(Collection<JobState> states, boolean unknownJob) {
        StringBuilder list = new StringBuilder(" ");
        states.forEach(state -> list.append(state.name()).append(' '));
        return unknownJob ? list.append(MISSING).append(' ').toString() : list.toString();
    }

    private static List<String> pairs(Map<String, String> fields) {
        List<String> flat = new ArrayList<>();
        fields.forEach((field, value) -> {
            flat.add(field);
            flat.add(value);
        });
        return flat;
    }

    private static String key(UUID jobId) {
        return JOB + jobId;
    }

    private static String now() {
        return String.valueOf(System.currentTimeMillis());
    }
}
