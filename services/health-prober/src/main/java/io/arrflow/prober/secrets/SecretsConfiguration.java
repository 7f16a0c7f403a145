package io.arrflow.prober.secrets;

import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.EnvelopeConsumer;
import io.arrflow.platform.messaging.Topology;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration(proxyBeanMethods = false)
class SecretsConfiguration {

    static final String SERVICE = "health-prober";

    @Bean
    ApiKeys apiKeys() {
        return new ApiKeys();
    }

    /** Binding {@code secretRotations-in-0}: arrflow.health-prober.events, bound to {@code secret.#} (health-prober.yml). */
    @Bean
    Consumer<Message<byte[]>> secretRotations(EnvelopeCodec codec, DeadLetters deadLetters, ApiKeys keys) {
        return new EnvelopeConsumer(Topology.eventQueue(SERVICE), codec, deadLetters, new SecretRotations(keys));
    }
}
