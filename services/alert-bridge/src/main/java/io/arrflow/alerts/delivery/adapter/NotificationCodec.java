package io.arrflow.alerts.delivery.adapter;

import io.arrflow.alerts.alert.Notification;
import io.arrflow.alerts.delivery.OutgoingNotification;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Outgoing notifications to AMQP messages and back. */
public final class NotificationCodec {

    static final String TYPE = "alert-bridge.OutgoingNotification";
    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    Message encode(String channel, Notification notification) {
        String id = UUID.randomUUID().toString();
        OutgoingNotification outgoing = new OutgoingNotification(id, channel, notification, notification.at());
        return MessageBuilder.withBody(mapper.writeValueAsBytes(outgoing))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setContentEncoding("utf-8")
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setMessageId(id)
                .setCorrelationId(notification.groupKey())
                .setType(TYPE)
                .setHeader("x-arrflow-channel", channel)
                .build();
    }

    /** Throws {@link IllegalArgumentException} with a one-line reason when the body is not a notification. */
    OutgoingNotification decode(Message message) {
        try {
            OutgoingNotification outgoing = mapper.readValue(message.getBody(), OutgoingNotification.class);
            if (outgoing.channel() == null || outgoing.notification() == null) {
                throw new IllegalArgumentException("notification without channel or content");
            }
            return outgoing;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("unreadable notification: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }
}
