package io.arrflow.worker.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.model.TranscodeMessage.SourceMedia;
import io.arrflow.model.TranscodeMessage.TranscodeFailed;
import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.EnvelopeConsumer;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.transcode.jobs.JobState;
import io.arrflow.transcode.jobs.JobStatus;
import io.arrflow.worker.WorkerTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A job that fails on every delivery (here: a store that keeps refusing) does not stay RUNNING for
 * ever: on its last delivery it is recorded FAILED with the failure, a TranscodeFailed is announced,
 * and the dead letter carries the same reason.
 */
// the quality search and gate have their own tests (QualitySearchIT, PredictedSizeIT): off here, where only
// the job's mechanics are under test, to keep the suite's time
@TestPropertySource(properties = "arrflow.worker.quality.enabled=false")
class GivenUpJobIT extends WorkerTestSupport {

    private static final String QUEUE = "arrflow.transcode.jobs.given-up-it";

    @Autowired
    ConnectionFactory connections;

    @Autowired
    DeadLetters deadLetters;

    private SimpleMessageListenerContainer container;

    @AfterEach
    void stopConsuming() {
        if (container != null) {
            container.stop();
        }
    }

    @Test
    void a_job_that_fails_on_every_delivery_ends_failed_with_its_reason_and_an_event() {
        declare(Topology.jobQueueFor("given-up-it").getDeclarables());
        AtomicInteger deliveries = new AtomicInteger();
        Jobs failing = (envelope, job) -> {
            registry.claim(job.jobId(), "it-worker", "software");
            throw new IllegalStateException("scratch disk unavailable (" + deliveries.incrementAndGet() + ")");
        };
        consume(new JobMessages(failing, new Outcomes(registry, new PublishedJobEvents(publisher))));
        SourceMedia source = new SourceMedia(
                734_003_200L, Instant.parse("2026-11-30T20:00:00Z"), "matroska", "h264", 8, 1420, 1920, 1080);
        RunTranscode job = new RunTranscode(
                UUID.randomUUID(),
                "/library/tv/Show/episode.mkv",
                "hevc",
                Plan.TRANSCODE,
                "software",
                "mkv",
                source,
                null,
                null);
        registry.queued(job);

        publisher.publish("", QUEUE, Envelope.of(job, "worker-it"));

        Message deadLetter = rabbit.receive(QUEUE + Topology.DLQ_SUFFIX, 30_000);
        assertThat(deadLetter).as("the job's dead letter").isNotNull();
        String reason = deadLetter.getMessageProperties().getHeader(Topology.REASON_HEADER);
        assertThat(reason).contains("scratch disk unavailable (" + (Topology.DELIVERY_LIMIT + 1) + ")");
        JobStatus status = registry.status(job.jobId()).orElseThrow();
        assertThat(status.state()).isEqualTo(JobState.FAILED);
        assertThat(status.reason()).isEqualTo(reason);
        assertThat(status.sourceBytes())
                .as("the size it was queued with")
                .isEqualTo(job.source().sizeBytes());
        List<TranscodeFailed> failures = new ArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<ArrflowMessage> seen = events();
            failures.addAll(eventsOf(seen, TranscodeFailed.class));
            return !failures.isEmpty();
        });
        assertThat(failures).singleElement().satisfies(failed -> {
            assertThat(failed.jobId()).isEqualTo(job.jobId());
            assertThat(failed.reason()).isEqualTo(reason);
        });
    }

    private void declare(Collection<Declarable> parts) {
        parts.forEach(part -> {
            switch (part) {
                case Queue queue -> admin.declareQueue(queue);
                case org.springframework.amqp.core.Exchange exchange -> admin.declareExchange(exchange);
                case org.springframework.amqp.core.Binding binding -> admin.declareBinding(binding);
                default -> throw new IllegalArgumentException("cannot declare " + part);
            }
        });
    }

    private void consume(JobMessages handler) {
        container = new SimpleMessageListenerContainer(connections);
        container.setQueueNames(QUEUE);
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setPrefetchCount(1);
        container.setMessageListener(
                new EnvelopeConsumer(QUEUE, new EnvelopeCodec(), deadLetters, handler, Duration.ofMillis(20)));
        container.start();
    }
}
