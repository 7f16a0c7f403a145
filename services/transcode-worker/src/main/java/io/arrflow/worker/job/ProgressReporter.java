package io.arrflow.worker.job;

import io.arrflow.model.TranscodeMessage.TranscodeProgressed;
import io.arrflow.transcode.jobs.EncodeProgress;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.worker.encode.Progress;
import io.arrflow.worker.encode.Throttle;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress of a running job into Redis shared status and as events, at most once per interval. */
final class ProgressReporter implements Consumer<Progress> {

    private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);

    private final JobContext context;
    private final JobRegistry registry;
    private final JobEvents events;
    private final String worker;
    private final Throttle throttle;

    ProgressReporter(JobContext context, JobRegistry registry, JobEvents events, String worker, Throttle throttle) {
        this.context = context;
        this.registry = registry;
        this.events = events;
        this.worker = worker;
        this.throttle = throttle;
    }

    @Override
    public void accept(Progress p) {
        if (!throttle.allows(p)) {
            return;
        }
        try {
            registry.progress(context.id(), new EncodeProgress(p.percent(), p.fps(), p.speed(), p.etaSeconds()));
            events.announce(
                    context.envelope(),
                    new TranscodeProgressed(
                            context.id(), context.jobPath(), worker, p.percent(), p.fps(), p.speed(), p.etaSeconds()));
        } catch (RuntimeException e) {
            // progress is informative: a lost update (broker or Redis away) must not stop the encode
            log.debug("progress of job {} not reported: {}", context.id(), e.getMessage());
        }
    }
}
