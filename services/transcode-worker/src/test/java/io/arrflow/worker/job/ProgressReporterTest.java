package io.arrflow.worker.job;

import static io.arrflow.worker.job.WorkerJobs.aJobForThePilot;
import static io.arrflow.worker.job.WorkerJobs.contextOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.TranscodeProgressed;
import io.arrflow.transcode.testing.InMemoryJobRegistry;
import io.arrflow.worker.encode.Progress;
import io.arrflow.worker.encode.Throttle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    private final InMemoryJobRegistry registry = new InMemoryJobRegistry();
    private final RecordedJobEvents events = new RecordedJobEvents();
    private final RunTranscode job = aJobForThePilot();
    private final ProgressReporter reporter = new ProgressReporter(
            contextOf(job, Path.of("/mnt/tv/e01.mkv")),
            registry,
            events,
            "worker-1",
            new Throttle(Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC), Duration.ZERO));

    @Test
    void progress_goes_to_the_shared_status_and_out_as_an_event() {
        registry.queued(job);
        registry.claim(job.jobId(), "worker-1", "libx265");

        reporter.accept(new Progress(42.5, 88, 3.5, 120));

        assertThat(registry.status(job.jobId()).orElseThrow().percent()).isEqualTo(42.5);
        assertThat(events.announced)
                .containsExactly(new TranscodeProgressed(job.jobId(), job.path(), "worker-1", 42.5, 88, 3.5, 120));
    }

    @Test
    void a_lost_update_does_not_stop_the_encode() {
        registry.queued(job);
        registry.claim(job.jobId(), "worker-1", "libx265");
        events.brokerDown = new IllegalStateException("broker unreachable");

        reporter.accept(new Progress(50, 88, 3.5, 100));

        assertThat(registry.status(job.jobId()).orElseThrow().percent()).isEqualTo(50);
    }
}
