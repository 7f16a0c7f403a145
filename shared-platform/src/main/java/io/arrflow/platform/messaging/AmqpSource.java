package io.arrflow.platform.messaging;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.integration.StaticMessageHeaderAccessor;
import org.springframework.integration.amqp.support.DefaultAmqpHeaderMapper;

/**
 * The AMQP message behind a Spring Cloud Stream delivery. The Rabbit binder binds it to every
 * message it receives ({@link IntegrationMessageHeaderAccessor#SOURCE_DATA}); dead-lettering needs it
 * whole (body, properties and headers as they arrived), not as mapped message headers.
 */
public final class AmqpSource {

    private AmqpSource() {}

    public static Message of(org.springframework.messaging.Message<byte[]> delivery) {
        Object source = StaticMessageHeaderAccessor.getSourceData(delivery);
        if (source instanceof Message amqp) {
            return amqp;
        }
        MessageProperties properties = new MessageProperties();
        DefaultAmqpHeaderMapper.inboundMapper().fromHeadersToRequest(delivery.getHeaders(), properties);
        return new Message(delivery.getPayload(), properties);
    }
}
