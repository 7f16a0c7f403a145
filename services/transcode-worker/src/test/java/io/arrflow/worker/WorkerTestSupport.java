package io.arrflow.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.ArrflowMessage;
import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.Plan;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.platform.testing.TestBroker;
import io.arrflow.platform.testing.TestRedis;
import io.arrflow.transcode.jobs.JobRegistry;
import io.arrflow.transcode.jobs.JobStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A worker running against the real local RabbitMQ (its own vhost), Redis (database 2 of the run's own server) and ffmpeg,
 * plus helpers to publish jobs the way library-watcher does and to read what the worker reported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class WorkerTestSupport {

    public static final String SUITE = "transcode-worker";
    public static final String EVENTS = "worker-it.events";
    public static final String TOKEN = "worker-it-token";
    protected static final Path ROOT = tempRoot();

    @Autowired
    protected JobRegistry registry;

    @Autowired
    protected MessagePublisher publisher;

    @Autowired
    protected RabbitTemplate rabbit;

    @Autowired
    protected AmqpAdmin admin;

    @Autowired
    protected StringRedisTemplate redis;

    private final EnvelopeCodec codec = new EnvelopeCodec();

    @DynamicPropertySource
    static void worker(DynamicPropertyRegistry registry) {
        for (String property : TestBroker.springProperties(SUITE)) {
            int eq = property.indexOf('=');
            registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
        }
        for (String property : TestRedis.springProperties(2)) {
            int eq = property.indexOf('=');
            registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
        }
        registry.add("arrflow.api.token", () -> TOKEN);
        registry.add("arrflow.worker.name", () -> "it-worker");
        registry.add("arrflow.worker.poll-interval", () -> "200ms");
        registry.add("arrflow.worker.state-dir", () -> ROOT.resolve("state").toString());
    }

    @BeforeEach
    void cleanBrokerAndStatus() {
        admin.deleteQueue(EVENTS);
        admin.declareQueue(new Queue(EVENTS, false, false, false));
        admin.declareBinding(new Binding(EVENTS, Binding.DestinationType.QUEUE, Topology.EVENTS, "#", Map.of()));
        admin.purgeQueue(Topology.TRANSCODE_JOBS + Topology.DLQ_SUFFIX, false);
        admin.purgeQueue(Topology.TRANSCODE_JOBS, false);
        admin.purgeQueue(Topology.jobQueue("software"), false);
        redis.execute((org.springframework.data.redis.core.RedisCallback<Void>) connection -> {
            connection.serverCommands().flushDb();
            return null;
        });
    }

    /** A job as library-watcher makes it: registered QUEUED, then published to the family's queue. */
    protected RunTranscode queue(Path file, Plan plan, String family) {
        RunTranscode job = job(file, plan, family, "mkv");
        registry.queued(job);
        publish(job);
        return job;
    }

    protected RunTranscode job(Path file, Plan plan, String family, String container) {
        return job(file, plan, family, container, "hevc");
    }

    protected RunTranscode job(Path file, Plan plan, String family, String container, String profile) {
        return new RunTranscode(UUID.randomUUID(), file.toString(), profile, plan, family, container, null, null, null);
    }

    protected void publish(RunTranscode job) {
        publisher.publish(Topology.JOBS, job.encoder(), Envelope.of(job, "worker-it"));
    }

    protected JobStatus awaitFinished(UUID jobId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        while (Instant.now().isBefore(deadline)) {
            JobStatus status = registry.status(jobId).orElse(null);
            if (status != null && status.state().isFinished()) {
                return status;
            }
            sleep(200);
        }
        throw new AssertionError("job " + jobId + " did not finish: " + registry.status(jobId));
    }

    /** Every event published since the test started, in order. */
    protected List<ArrflowMessage> events() {
        List<ArrflowMessage> events = new ArrayList<>();
        Message message;
        while ((message = rabbit.receive(EVENTS, 300)) != null) {
            events.add(codec.decode(message.getBody()).payload());
        }
        return events;
    }

    protected <T extends ArrflowMessage> List<T> eventsOf(List<ArrflowMessage> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Messages ready in a queue, from a passive declare (the management API's figures lag by seconds). */
    protected long ready(String queue) {
        return admin.getQueueInfo(queue).getMessageCount();
    }

    protected Message deadLetter() {
        Message message = rabbit.receive(Topology.TRANSCODE_JOBS + Topology.DLQ_SUFFIX, 5000);
        assertThat(message).as("a dead letter").isNotNull();
        return message;
    }

    /** The files in a folder, hidden ones included. */
    protected static List<Path> listing(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static Path folder(String name) {
        try {
            return Files.createDirectories(ROOT.resolve("library").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempRoot() {
        try {
            return Files.createTempDirectory("transcode-worker-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
