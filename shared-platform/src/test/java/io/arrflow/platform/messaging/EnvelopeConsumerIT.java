package io.arrflow.platform.messaging;

import static io.arrflow.platform.LibraryFixtures.aTranscodeRequestForThePilot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.arrflow.model.Envelope;
import io.arrflow.model.PlatformMessage.MessageDeadLettered;
import io.arrflow.platform.testing.OwnRedis;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class EnvelopeConsumerIT {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static LocalBroker broker;

    private String queue;
    private String deadLetterEvents;
    private BoundConsumer consumer;
    private final List<Envelope> handled = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void connect() {
        broker = new LocalBroker();
    }

    @AfterAll
    static void disconnect() {
        broker.close();
    }

    @BeforeEach
    void aFreshQueueWithSomeoneListeningForDeadLetters() {
        queue = "arrflow.test.consumer." + UUID.randomUUID();
        deadLetterEvents = broker.listenToEvents("platform.MessageDeadLettered");
    }

    @AfterEach
    void stopConsumingAndRemoveTheQueue() {
        if (consumer != null) {
            consumer.close();
        }
        broker.deleteWorkQueue(queue);
    }

    @Test
    void a_handled_message_is_acknowledged_and_gone_from_the_queue() {
        consumeWith(handled::add);
        Envelope request = broker.publisher.publish("", queue, Envelope.of(aTranscodeRequestForThePilot(), "tests"));

        await().atMost(PATIENCE).until(() -> handled.size() == 1);
        consumer.close();

        assertThat(handled).containsExactly(request);
        assertThat(broker.rabbit.receive(queue, 500))
                .as("nothing left to redeliver")
                .isNull();
        assertThat(broker.rabbit.receive(queue + Topology.DLQ_SUFFIX)).isNull();
    }

    @Test
    void an_unreadable_message_goes_to_the_dead_letter_queue_with_its_reason() {
        consumeWith(handled::add);
        broker.rabbit.send(
                "",
                queue,
                MessageBuilder.withBody("transcode S01E01 please".getBytes(StandardCharsets.UTF_8))
                        .build());

        Message deadLetter = broker.rabbit.receive(queue + Topology.DLQ_SUFFIX, PATIENCE.toMillis());

        assertThat(deadLetter).isNotNull();
        assertThat(new String(deadLetter.getBody(), StandardCharsets.UTF_8)).isEqualTo("transcode S01E01 please");
        String reason = deadLetter.getMessageProperties().getHeader(Topology.REASON_HEADER);
        assertThat(reason).isNotBlank().doesNotContain("\n");
        assertThat(deadLetter.getMessageProperties().<String>getHeader(Topology.ORIGINAL_QUEUE_HEADER))
                .isEqualTo(queue);
        assertThat(handled).isEmpty();
        MessageDeadLettered announced = nextDeadLetterEvent();
        assertThat(announced.queue()).isEqualTo(queue);
        assertThat(announced.messageType()).isEqualTo("unreadable");
        assertThat(announced.reason()).isEqualTo(reason);
    }

    @Test
    void an_invalid_message_goes_to_the_dead_letter_queue_without_a_retry() {
        AtomicInteger attempts = new AtomicInteger();
        consumeWith(envelope -> {
            attempts.incrementAndGet();
            throw new InvalidMessage("path is outside the library roots: /etc/passwd");
        });
        Envelope request = broker.publisher.publish("", queue, Envelope.of(aTranscodeRequestForThePilot(), "tests"));

        Message deadLetter = broker.rabbit.receive(queue + Topology.DLQ_SUFFIX, PATIENCE.toMillis());

        assertThat(deadLetter).isNotNull();
        assertThat(deadLetter.getMessageProperties().<String>getHeader(Topology.REASON_HEADER))
                .isEqualTo("path is outside the library roots: /etc/passwd");
        assertThat(broker.codec.decode(deadLetter.getBody())).isEqualTo(request);
        MessageDeadLettered announced = nextDeadLetterEvent();
        assertThat(announced)
                .isEqualTo(new MessageDeadLettered(
                        queue,
                        "TranscodeFile",
                        request.id().toString(),
                        "path is outside the library roots: /etc/passwd"));
        assertThat(attempts).hasValue(1);
    }

    @Test
    void an_invalid_hand_written_request_is_announced_with_its_type_and_id() {
        consumeWith(envelope -> {
            throw new InvalidMessage("path is outside the library roots: /etc/passwd");
        });
        String typedInTheManagementUi = """
                {"id":"5b0c6f0e-3d5b-4c55-9a8e-0f1f2b3c4d5e","type":"TranscodeFile",
                 "payload":{"path":"/etc/passwd","profile":"hevc"}}""";
        broker.rabbit.send(
                "",
                queue,
                MessageBuilder.withBody(typedInTheManagementUi.getBytes(StandardCharsets.UTF_8))
                        .build());

        MessageDeadLettered announced = nextDeadLetterEvent();

        assertThat(announced.messageType()).isEqualTo("TranscodeFile");
        assertThat(announced.messageId()).isEqualTo("5b0c6f0e-3d5b-4c55-9a8e-0f1f2b3c4d5e");
        assertThat(broker.rabbit.receive(queue + Topology.DLQ_SUFFIX, PATIENCE.toMillis()))
                .isNotNull();
    }

    @Test
    void a_message_that_fails_once_is_retried_and_then_handled() {
        AtomicInteger attempts = new AtomicInteger();
        consumeDirectlyWith(envelope -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("Sonarr did not answer");
            }
            handled.add(envelope);
        });
        Envelope request = broker.publisher.publish("", queue, Envelope.of(aTranscodeRequestForThePilot(), "tests"));

        await().atMost(PATIENCE).until(() -> handled.size() == 1);

        assertThat(handled).containsExactly(request);
        assertThat(attempts).hasValue(2);
        assertThat(broker.rabbit.receive(queue + Topology.DLQ_SUFFIX, 500)).isNull();
    }

    @Test
    void a_message_that_fails_on_every_delivery_is_dead_lettered_with_its_last_failure_as_the_reason() {
        AtomicInteger attempts = new AtomicInteger();
        List<String> givenUp = new CopyOnWriteArrayList<>();
        consumeDirectlyWith(new EnvelopeHandler() {
            @Override
            public void handle(Envelope envelope) {
                throw new IllegalStateException("Sonarr did not answer (" + attempts.incrementAndGet() + ")");
            }

            @Override
            public void gaveUp(Envelope envelope, String reason) {
                givenUp.add(envelope.id() + " " + reason);
            }
        });
        Envelope request = broker.publisher.publish("", queue, Envelope.of(aTranscodeRequestForThePilot(), "tests"));

        Message deadLetter = broker.rabbit.receive(queue + Topology.DLQ_SUFFIX, PATIENCE.toMillis());

        assertThat(deadLetter).as("dead-lettered after the last delivery").isNotNull();
        assertThat(broker.codec.decode(deadLetter.getBody())).isEqualTo(request);
        String lastFailure = "Sonarr did not answer (" + (Topology.DELIVERY_LIMIT + 1) + ")";
        assertThat(deadLetter.getMessageProperties().<String>getHeader(Topology.REASON_HEADER))
                .startsWith("failed on all " + (Topology.DELIVERY_LIMIT + 1) + " deliveries")
                .contains(lastFailure);
        assertThat(attempts).hasValue(Topology.DELIVERY_LIMIT + 1);
        assertThat(givenUp)
                .singleElement()
                .asString()
                .startsWith(request.id() + " ")
                .contains(lastFailure);
        assertThat(nextDeadLetterEvent().reason()).contains(lastFailure);
    }

    @Test
    void a_message_is_held_through_a_redis_outage_without_spending_its_deliveries() {
        try (OwnRedis redis = OwnRedis.start()) {
            JedisConnectionFactory connections =
                    new JedisConnectionFactory(new RedisStandaloneConfiguration(OwnRedis.HOST, redis.port()));
            connections.afterPropertiesSet();
            connections.start();
            StringRedisTemplate store = new StringRedisTemplate(connections);
            AtomicInteger attempts = new AtomicInteger();
            consumeDirectlyWith(envelope -> {
                attempts.incrementAndGet();
                store.opsForValue().set("arrflow:test:handled", envelope.id().toString());
                handled.add(envelope);
            });
            redis.stop();
            Envelope request =
                    broker.publisher.publish("", queue, Envelope.of(aTranscodeRequestForThePilot(), "tests"));
            // Six deliveries with these backoffs take well under a second: far more attempts than that
            // within the outage show the message was held, not requeued.
            await().atMost(PATIENCE).until(() -> attempts.get() > Topology.DELIVERY_LIMIT + 2);

            redis.startAgain();

            await().atMost(PATIENCE).until(() -> handled.size() == 1);
            assertThat(handled).containsExactly(request);
            assertThat(store.opsForValue().get("arrflow:test:handled"))
                    .isEqualTo(request.id().toString());
            assertThat(broker.rabbit.receive(queue + Topology.DLQ_SUFFIX, 500)).isNull();
            connections.destroy();
        }
    }

    @Test
    void an_invalid_message_is_requeued_with_backoff_while_its_dead_letter_queue_is_missing() {
        List<Long> attemptedAt = new CopyOnWriteArrayList<>();
        consumeDirectlyWith(Duration.ofMillis(200), envelope -> {
            attemptedAt.add(System.nanoTime());
            throw new InvalidMessage("unknown profile: av2");
        });
        broker.admin.deleteQueue(queue + Topology.DLQ_SUFFIX);
        broker.publisher.publish("", queue, Envelope.of(aTranscodeRequestForThePilot(), "tests"));

        await().atMost(PATIENCE).until(() -> attemptedAt.size() >= 3);

        Duration secondWait = Duration.ofNanos(attemptedAt.get(2) - attemptedAt.get(1));
        assertThat(secondWait).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    /** Bound as the services bind it, with the platform's first backoff. */
    private void consumeWith(EnvelopeHandler handler) {
        consumeDirectlyWith(Duration.ofMillis(500), handler);
    }

    /** Bound as the services bind it, with a short first backoff so retries are quick. */
    private void consumeDirectlyWith(EnvelopeHandler handler) {
        consumeDirectlyWith(Duration.ofMillis(10), handler);
    }

    private void consumeDirectlyWith(Duration firstBackoff, EnvelopeHandler handler) {
        consumer = BoundConsumer.onWorkQueue(broker, queue, firstBackoff, handler);
    }

    private MessageDeadLettered nextDeadLetterEvent() {
        Message event = broker.rabbit.receive(deadLetterEvents, PATIENCE.toMillis());
        assertThat(event).as("a MessageDeadLettered event").isNotNull();
        return (MessageDeadLettered) broker.codec.decode(event.getBody()).payload();
    }
}
