package io.arrflow.alerts.intake;

import io.arrflow.alerts.incident.Incidents;
import io.arrflow.alerts.silence.SilenceStore;
import io.arrflow.platform.messaging.Consumers;
import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.Topology;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The event subscription: the families and events that can become alerts. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    static final String SERVICE = "alert-bridge";

    @Bean
    Declarables alertBridgeEventSubscription() {
        return Topology.eventSubscription(
                SERVICE,
                "health.#",
                "arr.#",
                "secret.SecretRotated",
                "secret.SecretRotationFailed",
                "transcode.TranscodeFailed",
                "platform.MessageDeadLettered");
    }

    @Bean
    SimpleMessageListenerContainer alertBridgeEvents(
            ConnectionFactory connectionFactory,
            EnvelopeCodec codec,
            DeadLetters deadLetters,
            Incidents incidents,
            SilenceStore silences) {
        return Consumers.container(
                connectionFactory,
                Topology.eventQueue(SERVICE),
                codec,
                deadLetters,
                new EventIntake(incidents, silences),
                1);
    }
}
