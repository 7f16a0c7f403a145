package io.arrflow.alerts.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** Reads alert-bridge's dead-letter queue for the message of one channel, putting the others back. */
public final class DeadLetters {

    public static final String DLQ = "arrflow.alert-bridge.notifications.dlq";

    private DeadLetters() {}

    public static Message await(AlertBridgeRunner app, String channel, Duration wait) throws InterruptedException {
        RabbitTemplate rabbit = app.bean(RabbitTemplate.class);
        List<Message> others = new ArrayList<>();
        long end = System.currentTimeMillis() + wait.toMillis();
        try {
            while (System.currentTimeMillis() < end) {
                Message message = rabbit.receive(DLQ, 1000);
                if (message == null) {
                    continue;
                }
                if (channel.equals(message.getMessageProperties().getHeader("x-arrflow-channel"))) {
                    return message;
                }
                others.add(message);
            }
            throw new AssertionError("no dead letter for channel " + channel);
        } finally {
            others.forEach(m -> rabbit.send("", DLQ, m));
        }
    }

    public static String reason(Message message) {
        return message.getMessageProperties().getHeader("x-arrflow-reason");
    }
}
