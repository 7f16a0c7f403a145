package io.arrflow.platform.messaging;

import java.time.Duration;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

/** Builds listener containers for {@link EnvelopeConsumer}s, the same way in every service. */
public final class Consumers {

    private Consumers() {}

    public static SimpleMessageListenerContainer container(
            ConnectionFactory connectionFactory,
            String queue,
            EnvelopeCodec codec,
            DeadLetters deadLetters,
            EnvelopeHandler handler,
            int concurrency) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(queue);
        container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        container.setPrefetchCount(1);
        container.setConcurrentConsumers(concurrency);
        container.setDefaultRequeueRejected(true);
        container.setMissingQueuesFatal(false);
        container.setMessageListener(new EnvelopeConsumer(queue, codec, deadLetters, handler, Duration.ofMillis(500)));
        return container;
    }
}
