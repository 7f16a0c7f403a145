package io.arrflow.watcher;

import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.EnvelopeConsumer;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.watcher.jobs.DetectionHandler;
import io.arrflow.watcher.rescan.ArrConnections;
import io.arrflow.watcher.rescan.RescanHandler;
import java.util.function.Consumer;
import org.springframework.amqp.core.Declarables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * library-watcher's queues: the worker job queues it publishes to (declared here), and its two
 * consumer bindings (declared by Spring Cloud Stream from library-watcher.yml): hand-written requests,
 * and its subscription to the events it reacts to (detected files, completed transcodes, rotated
 * secrets).
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    static final String SERVICE = "library-watcher";

    @Bean
    Declarables jobQueues() {
        Declarables all = new Declarables();
        for (String family : new String[] {"any", "software", "vaapi", "qsv"}) {
            all.getDeclarables().addAll(Topology.jobQueueFor(family).getDeclarables());
        }
        return all;
    }

    @Bean
    WatcherMessageHandler watcherMessageHandler(
            DetectionHandler detections, RescanHandler rescans, ArrConnections connections) {
        return new WatcherMessageHandler(detections, rescans, connections);
    }

    /** Binding {@code watcherEvents-in-0}: arrflow.library-watcher.events (library-watcher.yml). */
    @Bean
    Consumer<Message<byte[]>> watcherEvents(
            EnvelopeCodec codec, DeadLetters deadLetters, WatcherMessageHandler handler) {
        return new EnvelopeConsumer(Topology.eventQueue(SERVICE), codec, deadLetters, handler);
    }

    /** Binding {@code transcodeRequests-in-0}: arrflow.transcode.requests (library-watcher.yml). */
    @Bean
    Consumer<Message<byte[]>> transcodeRequests(
            EnvelopeCodec codec, DeadLetters deadLetters, WatcherMessageHandler handler) {
        return new EnvelopeConsumer(Topology.TRANSCODE_REQUESTS, codec, deadLetters, handler);
    }
}
