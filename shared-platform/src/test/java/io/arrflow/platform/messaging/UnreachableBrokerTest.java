package io.arrflow.platform.messaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.model.SecretMessage.SecretRotated;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

class UnreachableBrokerTest {

    @Test
    void a_broker_that_cannot_be_reached_is_a_publish_failure_not_a_crash() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", closedPort);
        connections.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        MessagePublisher publisher = new MessagePublisher(
                new RabbitTemplate(connections), new EnvelopeCodec(), "test", Duration.ofSeconds(1));
        try {
            assertThatThrownBy(() -> publisher.publishEvent(new SecretRotated("sonarr-api-key", 2)))
                    .isInstanceOf(PublishFailed.class)
                    .hasMessageContaining("arrflow.events")
                    .extracting(e -> ((PublishFailed) e).summary())
                    .isEqualTo("cannot connect to it, nothing was queued");
        } finally {
            connections.destroy();
        }
    }
}
