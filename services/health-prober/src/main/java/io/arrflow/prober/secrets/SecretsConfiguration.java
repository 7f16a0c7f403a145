package io.arrflow.prober.secrets;

import io.arrflow.platform.messaging.Consumers;
import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.Topology;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

    static final String SERVICE = "health-prober";

    @Bean
    ApiKeys apiKeys() {
        return new ApiKeys();
    }

    /** {@code arrflow.health-prober.events}, bound to {@code secret.#}. */
    @Bean
    Declarables proberSubscription() {
        return Topology.eventSubscription(SERVICE, "secret.#");
    }

    @Bean
    SimpleMessageListenerContainer secretRotationListener(
            ConnectionFactory connections, EnvelopeCodec codec, DeadLetters deadLetters, ApiKeys keys) {
        return Consumers.container(
                connections, Topology.eventQueue(SERVICE), codec, deadLetters, new SecretRotations(keys), 1);
    }
}
