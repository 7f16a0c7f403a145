package io.arrflow.prober.stats;

import io.arrflow.prober.queues.QueueDepth;
import io.arrflow.prober.queues.QueueDepths;
import io.arrflow.prober.state.TargetBoard;
import io.arrflow.prober.state.TargetStatus;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link Stats} from the target board (memory), RabbitMQ's queue depths and the shared job
 * status in Redis. A part that fails keeps its previous value and is named in {@code problems}.
 */
public final class StatsCollector {

    private final TargetBoard board;
    private final QueueDepths management;
    private final JobRegistry jobs;
    private final Clock clock;

    public StatsCollector(TargetBoard board, QueueDepths management, JobRegistry jobs, Clock clock) {
        this.board = board;
        this.management = management;
        this.jobs = jobs;
        this.clock = clock;
    }

    public Stats collect(Stats previous) {
        List<String> problems = new ArrayList<>();
        List<QueueDepth> queues = previous.queues();
        Stats.Transcode transcode = previous.transcode();
        try {
            queues = management.queues();
        } catch (Exception e) {
            problems.add("queue depths: " + e.getClass().getSimpleName());
        }
        try {
            transcode = transcode();
        } catch (RuntimeException e) {
            problems.add("transcode status: " + e.getClass().getSimpleName());
        }
        return new Stats(clock.instant(), targets(), queues, transcode, problems);
    }

    private List<Stats.TargetView> targets() {
        return board.snapshot().stream().map(StatsCollector::view).toList();
    }

    private static Stats.TargetView view(TargetStatus s) {
        return new Stats.TargetView(
                s.name(),
                s.kind(),
                s.health().name(),
                s.since(),
                s.reason(),
                s.checkedAt(),
                s.latencyMs(),
                s.blockedBy(),
                s.maintenanceUntil(),
                s.evidence());
    }

    private Stats.Transcode transcode() {
        List<JobStatus> active = jobs.active();
        Map<JobState, Long> outcomes = jobs.outcomeCounts();
        long queued =
                active.stream().filter(job -> job.state() == JobState.QUEUED).count();
        long done = outcomes.getOrDefault(JobState.REPLACED, 0L) + outcomes.getOrDefault(JobState.NOT_BENEFICIAL, 0L);
        List<Stats.Job> views = active.stream()
                .sorted(Comparator.comparing(JobStatus::updatedAt).reversed())
                .map(StatsCollector::job)
                .toList();
        return new Stats.Transcode(
                queued,
                active.size() - queued,
                done,
                outcomes.getOrDefault(JobState.FAILED, 0L),
                outcomes.getOrDefault(JobState.CANCELLED, 0L),
                outcomes.getOrDefault(JobState.SOURCE_DAMAGED, 0L),
                jobs.bytesSaved(),
                views);
    }

    private static Stats.Job job(JobStatus job) {
        return new Stats.Job(
                job.jobId().toString(),
                job.path(),
                job.state().name(),
                job.encoder(),
                job.worker(),
                job.percent(),
                job.fps(),
                job.speed(),
                job.etaSeconds());
    }
}
