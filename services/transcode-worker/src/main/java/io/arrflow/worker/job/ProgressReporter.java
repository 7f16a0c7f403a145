package io.arrflow.worker.job;

import io.arrflow.model.TranscodeMessage.TranscodeProgressed;
import io.arrflow.platform.jobs.JobRegistry;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.messaging.PublishFailed;
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
    private final MessagePublisher publisher;
    private final String worker;
    private final Throttle throttle;

    ProgressReporter(
            JobContext context, JobRegistry registry, MessagePublisher publisher, String worker, Throttle throttle) {
        this.context = context;
        this.registry = registry;
        this.publisher = publisher;
        this.worker = worker;
        this.throttle = throttle;
    }

    @Override
    public void accept(Progress p) {
        if (!throttle.allows(p)) {
            return;
        }
        try {
            registry.progress(context.id(), p.percent(), p.fps(), p.speed(), p.etaSeconds());
            publisher.announce(
                    context.envelope(),
                    new TranscodeProgressed(
                            context.id(), context.jobPath(), worker, p.percent(), p.fps(), p.speed(), p.etaSeconds()));
        } catch (PublishFailed | org.springframework.dao.DataAccessException e) {
            // progress is informative: a lost update must not stop the encode
            log.debug("progress of job {} not reported: {}", context.id(), e.getMessage());
        }
    }
}
