package io.arrflow.transcode.testing;

import io.arrflow.model.QualityReport;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.transcode.jobs.EncodeProgress;
import io.arrflow.transcode.jobs.Ending;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link JobRegistry} in memory for unit tests: the same lifecycle table, none of the Redis. */
public final class InMemoryJobRegistry implements JobRegistry {

    private final Map<UUID, JobStatus> jobs = new LinkedHashMap<>();
    private final Map<String, UUID> byPath = new HashMap<>();
    private final Map<JobState, Long> outcomes = new EnumMap<>(JobState.class);
    private long bytesSaved;

    @Override
    public synchronized boolean queued(RunTranscode job) {
        if (jobs.containsKey(job.jobId())) {
            return false;
        }
        long size = job.source() == null ? 0 : job.source().sizeBytes();
        jobs.put(
                job.jobId(),
                new JobStatus(
                        job.jobId(),
                        JobState.QUEUED,
                        job.path(),
                        job.profile(),
                        job.encoder(),
                        "",
                        0,
                        0,
                        0,
                        0,
                        size,
                        0,
                        "",
                        Instant.now(),
                        null));
        byPath.put(job.path(), job.jobId());
        return true;
    }

    @Override
    public synchronized Optional<UUID> pendingJobFor(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    @Override
    public synchronized Optional<JobStatus> status(UUID jobId) {
        return Optional.ofNullable(jobs.get(jobId));
    }

    @Override
    public synchronized boolean cancel(UUID jobId, String reason) {
        JobStatus job = jobs.get(jobId);
        if (job == null || job.state() != JobState.QUEUED) {
            return false;
        }
        end(job, new Ending(JobState.CANCELLED, reason, job.sourceBytes(), 0, null));
        return true;
    }

    @Override
    public synchronized boolean retarget(UUID jobId, String newPath) {
        JobStatus job = jobs.get(jobId);
        if (job == null || job.state() != JobState.QUEUED) {
            return false;
        }
        byPath.remove(job.path(), jobId);
        byPath.put(newPath, jobId);
        jobs.put(jobId, with(job, job.state(), newPath, job.worker(), job.percent(), job.reason()));
        return true;
    }

    @Override
    public synchronized boolean claim(UUID jobId, String worker, String encoder) {
        JobStatus job = jobs.get(jobId);
        if (job == null || !job.state().canMoveTo(JobState.RUNNING)) {
            return false;
        }
        jobs.put(jobId, with(job, JobState.RUNNING, job.path(), worker, job.percent(), job.reason()));
        return true;
    }

    @Override
    public synchronized boolean progress(UUID jobId, EncodeProgress progress) {
        JobStatus job = jobs.get(jobId);
        if (job == null || job.state() != JobState.RUNNING) {
            return false;
        }
        jobs.put(jobId, with(job, job.state(), job.path(), job.worker(), progress.percent(), job.reason()));
        return true;
    }

    @Override
    public synchronized void verifying(UUID jobId) {
        JobStatus job = known(jobId, JobState.VERIFYING);
        jobs.put(jobId, with(job, job.state().moveTo(JobState.VERIFYING), job.path(), job.worker(), job.percent(), ""));
    }

    @Override
    public synchronized void finished(UUID jobId, Ending ending) {
        JobStatus job = known(jobId, ending.outcome());
        if (job.state() == ending.outcome()) {
            return;
        }
        job.state().moveTo(ending.outcome());
        end(job, ending);
    }

    @Override
    public synchronized List<JobStatus> active() {
        return jobs.values().stream().filter(job -> !job.state().isFinished()).toList();
    }

    @Override
    public synchronized Map<JobState, Long> outcomeCounts() {
        return Map.copyOf(outcomes);
    }

    @Override
    public synchronized boolean quality(UUID jobId, QualityReport report) {
        JobStatus job = jobs.get(jobId);
        if (job == null || (job.state() != JobState.RUNNING && job.state() != JobState.VERIFYING)) {
            return false;
        }
        jobs.put(
                jobId,
                new JobStatus(
                        job.jobId(),
                        job.state(),
                        job.path(),
                        job.profile(),
                        job.encoder(),
                        job.worker(),
                        job.percent(),
                        job.fps(),
                        job.speed(),
                        job.etaSeconds(),
                        job.sourceBytes(),
                        job.outputBytes(),
                        job.reason(),
                        Instant.now(),
                        report));
        return true;
    }

    @Override
    public synchronized long bytesSaved() {
        return bytesSaved;
    }

    private void end(JobStatus job, Ending ending) {
        if (!job.state().isFinished()) {
            outcomes.merge(ending.outcome(), 1L, Long::sum);
            bytesSaved += ending.bytesSaved();
        }
        byPath.remove(job.path(), job.jobId());
        String path = ending.path() == null ? job.path() : ending.path();
        double percent = ending.outcome() == JobState.REPLACED ? 100 : job.percent();
        JobStatus ended = with(job, ending.outcome(), path, job.worker(), percent, ending.reason());
        jobs.put(
                job.jobId(),
                new JobStatus(
                        ended.jobId(),
                        ended.state(),
                        ended.path(),
                        ended.profile(),
                        ended.encoder(),
                        ended.worker(),
                        ended.percent(),
                        0,
                        0,
                        0,
                        ending.sourceBytes(),
                        ending.outputBytes(),
                        ended.reason(),
                        Instant.now(),
                        ended.quality()));
    }

    private JobStatus known(UUID jobId, JobState target) {
        JobStatus job = jobs.get(jobId);
        if (job == null) {
            throw new IllegalStateException("no job to move to " + target + ": it was never queued");
        }
        return job;
    }

    private static JobStatus with(
            JobStatus job, JobState state, String path, String worker, double percent, String reason) {
        return new JobStatus(
                job.jobId(),
                state,
                path,
                job.profile(),
                job.encoder(),
                worker,
                percent,
                job.fps(),
                job.speed(),
                job.etaSeconds(),
                job.sourceBytes(),
                job.outputBytes(),
                reason,
                Instant.now(),
                job.quality());
    }
}
