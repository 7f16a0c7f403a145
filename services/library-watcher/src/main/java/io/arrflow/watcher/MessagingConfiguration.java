package io.arrflow.watcher;

import io.arrflow.platform.messaging.Consumers;
import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.watcher.jobs.DetectionHandler;
import io.arrflow.watcher.rescan.ArrConnections;
import io.arrflow.watcher.rescan.RescanHandler;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * library-watcher's queues: hand-written requests, the worker job queues it publishes to, and its own
 * subscription to the events it reacts to (detected files, completed transcodes, rotated secrets).
 */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    static final String SERVICE = "library-watcher";

    @Bean
    Declarables requestQueue() {
        return Topology.workQueue(Topology.TRANSCODE_REQUESTS);
    }

    @Bean
    Declarables jobQueues() {
        Declarables all = new Declarables();
        for (String family : new String[] {"any", "software", "vaapi", "qsv"}) {
            all.getDeclarables().addAll(Topology.jobQueueFor(family).getDeclarables());
        }
        return all;
    }

    @Bean
    Declarables watcherSubscription() {
        return Topology.eventSubscription(
                SERVICE, "transcode.MediaFileDetected", "transcode.TranscodeCompleted", "secret.SecretRotated");
    }

    @Bean
    WatcherMessageHandler watcherMessageHandler(
            DetectionHandler detections, RescanHandler rescans, ArrConnections connections) {
        return new WatcherMessageHandler(detections, rescans, connections);
    }

    @Bean
    SimpleMessageListenerContainer watcherEventsContainer(
            ConnectionFactory connections,
            EnvelopeCodec codec,
            DeadLetters deadLetters,
            WatcherMessageHandler handler,
            WatcherProperties properties) {
        return Consumers.container(
                connections,
                Topology.eventQueue(SERVICE),
                codec,
                deadLetters,
                handler,
                properties.consumers().detections());
    }

    @Bean
    SimpleMessageListenerContainer requestsContainer(
            ConnectionFactory connections,
            EnvelopeCodec codec,
            DeadLetters deadLetters,
            WatcherMessageHandler handler) {
        return Consumers.container(connections, Topology.TRANSCODE_REQUESTS, codec, deadLetters, handler, 1);
    }
}
