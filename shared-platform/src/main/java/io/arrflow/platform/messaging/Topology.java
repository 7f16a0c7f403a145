package io.arrflow.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;

/**
 * arrflow's RabbitMQ names. The queues a service consumes are declared by Spring Cloud Stream from
 * its bindings (the arguments every binding shares are platform defaults: {@link
 * io.arrflow.platform.config.PlatformDefaultsEnvironmentPostProcessor}); the jobs queues, which
 * library-watcher fills and workers fetch from with {@code basic.get}, are declared here with the
 * same arguments (RabbitMQ refuses a re-declaration with other ones). {@code
 * compose/rabbitmq/definitions.json} holds the same topology.
 */
public final class Topology {

    /** Topic exchange for every event; routing key {@code <family>.<WireName>}. */
    public static final String EVENTS = "arrflow.events";
    /** Direct exchange for validated transcode jobs; routing key is the encoder family. */
    public static final String JOBS = "arrflow.jobs";
    /**
     * Direct exchange of the work queues people publish to by hand; routing key is the queue's name.
     * Publishing to the queue through the default exchange works as well.
     */
    public static final String COMMANDS = "arrflow.commands";
    /** Topic exchange of the dead-letter queues; routing key is the original queue's name. */
    public static final String DEAD_LETTERS = "arrflow.dlx";

    /** Where a person or script publishes a hand-written {@code TranscodeFile}. */
    public static final String TRANSCODE_REQUESTS = "arrflow.transcode.requests";
    /** Validated jobs any worker may take (routing key {@code any}). */
    public static final String TRANSCODE_JOBS = "arrflow.transcode.jobs";
    /** Where a person publishes a hand-written {@code RotateSecret}. */
    public static final String SECRET_COMMANDS = "arrflow.secrets.commands";

    public static final String REASON_HEADER = "x-arrflow-reason";
    public static final String ORIGINAL_QUEUE_HEADER = "x-arrflow-queue";
    public static final String DLQ_SUFFIX = ".dlq";

    /** Deliveries before the broker dead-letters a message that keeps failing (crash loops). */
    public static final int DELIVERY_LIMIT = 5;

    private Topology() {}

    /** The jobs queue for an encoder family: {@code any} → arrflow.transcode.jobs, else a suffix. */
    public static String jobQueue(String encoderFamily) {
        return "any".equals(encoderFamily) ? TRANSCODE_JOBS : TRANSCODE_JOBS + "." + encoderFamily;
    }

    /** A service's own queue of events, e.g. {@code arrflow.alert-bridge.events}. */
    public static String eventQueue(String service) {
        return "arrflow." + service + ".events";
    }

    /** The exchanges every service may publish to. */
    public static Declarables exchanges() {
        return new Declarables(
                new TopicExchange(EVENTS, true, false),
                new DirectExchange(JOBS, true, false),
                new DirectExchange(COMMANDS, true, false),
                new TopicExchange(DEAD_LETTERS, true, false));
    }

    /** The jobs queue of an encoder family, bound to {@link #JOBS} with the family as routing key. */
    public static Declarables jobQueueFor(String encoderFamily) {
        String name = jobQueue(encoderFamily);
        List<Declarable> parts = workQueueParts(name);
        parts.add(new Binding(name, Binding.DestinationType.QUEUE, JOBS, encoderFamily, Map.of()));
        return new Declarables(parts);
    }

    private static List<Declarable> workQueueParts(String name) {
        Queue queue = QueueBuilder.durable(name)
                .quorum()
                .deliveryLimit(DELIVERY_LIMIT)
                .deadLetterExchange(DEAD_LETTERS)
                .deadLetterRoutingKey(name)
                .build();
        Queue deadLetters = QueueBuilder.durable(name + DLQ_SUFFIX).quorum().build();
        Binding toDeadLetters =
                new Binding(deadLetters.getName(), Binding.DestinationType.QUEUE, DEAD_LETTERS, name, Map.of());
        return new ArrayList<>(List.of(queue, deadLetters, toDeadLetters));
    }
}
