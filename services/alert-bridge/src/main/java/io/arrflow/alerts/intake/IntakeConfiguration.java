package io.arrflow.alerts.intake;

import io.arrflow.alerts.incident.Incidents;
import io.arrflow.alerts.silence.SilenceStore;
import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.EnvelopeConsumer;
import io.arrflow.platform.messaging.Topology;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The event subscription: the families and events that can become alerts. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    static final String SERVICE = "alert-bridge";

    /** Binding {@code alertEvents-in-0}: arrflow.alert-bridge.events and its routing keys (alert-bridge.yml). */
    @Bean
    Consumer<Message<byte[]>> alertEvents(
            EnvelopeCodec codec, DeadLetters deadLetters, Incidents incidents, SilenceStore silences) {
        return new EnvelopeConsumer(
                Topology.eventQueue(SERVICE), codec, deadLetters, new EventIntake(incidents, silences));
    }
}
