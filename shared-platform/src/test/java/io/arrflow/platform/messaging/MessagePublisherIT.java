package io.arrflow.platform.messaging;

import static io.arrflow.platform.LibraryFixtures.aTranscodeRequestForThePilot;
import static io.arrflow.platform.LibraryFixtures.sonarrWentDown;
import static io.arrflow.platform.LibraryFixtures.thePilotShrank;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.model.Envelope;
import io.arrflow.platform.testing.TestBroker;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

class MessagePublisherIT {

    private static LocalBroker broker;

    @BeforeAll
    static void connect() {
        broker = new LocalBroker();
    }

    @AfterAll
    static void disconnect() {
        broker.close();
    }

    @Test
    void a_published_event_is_stored_in_its_subscribers_queue_when_publish_returns() {
        String subscriber = broker.listenToEvents("transcode.TranscodeCompleted");

        Envelope sent = broker.publisher.publishEvent(thePilotShrank());

        Message stored = broker.rabbit.receive(subscriber);
        assertThat(stored).as("confirmed before publish returned").isNotNull();
        assertThat(broker.codec.decode(stored.getBody())).isEqualTo(sent);
        MessageProperties properties = stored.getMessageProperties();
        assertThat(properties.getMessageId()).isEqualTo(sent.id().toString());
        assertThat(properties.getType()).isEqualTo("TranscodeCompleted");
        assertThat(properties.getAppId()).isEqualTo("platform-tests");
        assertThat(properties.getContentType()).isEqualTo(MessageProperties.CONTENT_TYPE_JSON);
        assertThat(properties.getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
        assertThat(properties.<Object>getHeader("x-arrflow-version")).isEqualTo(Envelope.CURRENT_VERSION);
    }

    @Test
    void an_event_caused_by_another_message_keeps_its_correlation_id() {
        String subscriber = broker.listenToEvents("transcode.#");
        Envelope request = Envelope.of(aTranscodeRequestForThePilot(), "rabbitmq-management");

        Envelope completed = broker.publisher.publishEvent(request, thePilotShrank());

        assertThat(completed.correlationId()).isEqualTo(request.id().toString());
        Message stored = broker.rabbit.receive(subscriber);
        assertThat(stored.getMessageProperties().getCorrelationId())
                .isEqualTo(request.id().toString());
    }

    @Test
    void a_message_sent_straight_to_a_queue_carries_extra_headers() {
        String queue = broker.aFreshWorkQueue("direct");
        try {
            Envelope request = Envelope.of(aTranscodeRequestForThePilot(), "platform-tests");

            broker.publisher.sendConfirmed(
                    "", queue, broker.publisher.toMessage(request, Map.of("x-arrflow-origin", "webhook")));

            Message stored = broker.rabbit.receive(queue);
            assertThat(stored.getMessageProperties().<String>getHeader("x-arrflow-origin"))
                    .isEqualTo("webhook");
            assertThat(broker.codec.decode(stored.getBody()).payload()).isEqualTo(aTranscodeRequestForThePilot());
        } finally {
            broker.deleteWorkQueue(queue);
        }
    }

    @Test
    void an_event_no_queue_is_bound_for_fails_as_unroutable() {
        Envelope down = Envelope.of(sonarrWentDown(), "platform-tests");

        assertThatThrownBy(() -> broker.publisher.publish(Topology.EVENTS, "health.NobodyListens", down))
                .isInstanceOf(PublishFailed.class)
                .hasMessage("unroutable: no queue bound for arrflow.events/health.NobodyListens");
    }

    @Test
    void an_announcement_nobody_subscribes_to_is_published_without_error() {
        Envelope sent = broker.publisher.announce(new io.arrflow.model.ArrMessage.ArrActivityRecorded(
                io.arrflow.model.ArrApp.SONARR, "Sonarr", "Grab", "Harbor Lights"));

        assertThat(sent.type()).isEqualTo("ArrActivityRecorded");
    }

    @Test
    void a_message_for_a_queue_that_does_not_exist_fails_as_unroutable() {
        Envelope request = Envelope.of(aTranscodeRequestForThePilot(), "platform-tests");

        assertThatThrownBy(() -> broker.publisher.publish("", "arrflow.no-such-queue", request))
                .isInstanceOf(PublishFailed.class)
                .hasMessage("unroutable: no queue bound for arrflow.no-such-queue");
    }

    @Test
    void a_message_to_an_exchange_that_does_not_exist_is_refused() {
        Envelope request = Envelope.of(aTranscodeRequestForThePilot(), "platform-tests");

        assertThatThrownBy(() -> broker.publisher.publish("arrflow.nowhere", "any", request))
                .isInstanceOf(PublishFailed.class)
                .hasMessageStartingWith("broker refused the message for arrflow.nowhere/any");
    }

    @Test
    void a_publish_without_a_confirm_in_time_fails_instead_of_waiting_forever() {
        CachingConnectionFactory withoutConfirms = new CachingConnectionFactory(TestBroker.HOST, 5672);
        withoutConfirms.setUsername("guest");
        withoutConfirms.setPassword("guest");
        withoutConfirms.setVirtualHost(broker.vhost);
        broker.listenToEvents("health.ServiceDown"); // routable: only the confirm is missing
        try {
            MessagePublisher impatient = new MessagePublisher(
                    new RabbitTemplate(withoutConfirms), broker.codec, "platform-tests", Duration.ofMillis(200));

            assertThatThrownBy(() -> impatient.publishEvent(sonarrWentDown()))
                    .isInstanceOf(PublishFailed.class)
                    .hasMessage("no publisher confirm for arrflow.events/health.ServiceDown within PT0.2S");
        } finally {
            withoutConfirms.destroy();
        }
    }
}
