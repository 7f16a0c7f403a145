package io.arrflow.worker.job;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.platform.messaging.EnvelopeHandler;
import io.arrflow.platform.messaging.InvalidMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job queue's handler: a job that failed for good was reported already, and now goes to the
 * dead-letter queue with its reason; anything else that throws is retried by {@code EnvelopeConsumer},
 * and a job that fails on every delivery is recorded FAILED with the last failure before it is dead-lettered.
 */
final class JobMessages implements EnvelopeHandler {

    private static final Logger log = LoggerFactory.getLogger(JobMessages.class);

    private final Jobs jobs;
    private final Outcomes outcomes;

    JobMessages(Jobs jobs, Outcomes outcomes) {
        this.jobs = jobs;
        this.outcomes = outcomes;
    }

    @Override
    public void handle(Envelope envelope) throws Exception {
        if (!(envelope.payload() instanceof RunTranscode job)) {
            throw new InvalidMessage("a job queue takes RunTranscode, not " + envelope.type());
        }
        if (job.jobId() == null || job.path() == null || job.path().isBlank()) {
            throw new InvalidMessage("RunTranscode without jobId or path");
        }
        JobOutcome outcome = jobs.run(envelope, job);
        log.info("job {} ({}): {}", job.jobId(), job.path(), outcome);
        if (outcome instanceof JobOutcome.Failed failed) {
            throw new InvalidMessage(failed.reason());
        }
    }

    @Override
    public void gaveUp(Envelope envelope, String reason) {
        if (envelope != null && envelope.payload() instanceof RunTranscode job && job.jobId() != null) {
            log.warn("job {} ({}) given up: {}", job.jobId(), job.path(), reason);
            outcomes.abandoned(envelope, job, reason);
        }
    }
}
