package io.arrflow.watcher.broker;

import io.arrflow.model.ArrMessage.ArrActivityRecorded;
import io.arrflow.model.Envelope;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.platform.testing.TestRedis;
import io.arrflow.watcher.WatcherApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * library-watcher against a RabbitMQ of the test class's own ({@link BrokerContainer}) and a Redis
 * database of its own. Webhooks are Sonarr grabs, numbered through their instance name; each accepted one
 * is one {@code ArrActivityRecorded} on {@value #TAP}, a durable queue that outlives a broker restart.
 * The application is closed after the class, before the next one could see it reconnect to a removed broker.
 */
@SpringBootTest(classes = WatcherApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class OwnBrokerTest {

    static final String TAP = "it.broker.arr-activity";
    private static final String USER = "sonarr";
    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static BrokerContainer broker;

    @Value("${local.server.port}")
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    private final EnvelopeCodec codec = new EnvelopeCodec();

    /** Called from each subclass's {@code @DynamicPropertySource}, with a Redis database of its own. */
    static void properties(DynamicPropertyRegistry registry, int redisDatabase) throws IOException {
        broker = BrokerContainer.start();
        List<String> properties = new ArrayList<>(broker.springProperties());
        properties.addAll(List.of(TestRedis.springProperties(redisDatabase)));
        properties.add("arrflow.api.token=it-token-" + UUID.randomUUID());
        properties.add("arrflow.webhook.username=" + USER);
        properties.add("arrflow.webhook.password=" + PASSWORD);
        properties.add("arrflow.library.roots=" + Files.createTempDirectory("arrflow-library-"));
        properties.add("arrflow.library.watch=false");
        properties.add("arrflow.library.rescan-interval=0s");
        for (String property : properties) {
            int equals = property.indexOf('=');
            registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
        }
    }

    static BrokerContainer broker() {
        return broker;
    }

    @AfterAll
    static void removeBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @BeforeEach
    void tap() {
        admin.declareQueue(QueueBuilder.durable(TAP).build());
        admin.declareBinding(new Binding(TAP, Binding.DestinationType.QUEUE, Topology.EVENTS, "arr.#", null));
        admin.purgeQueue(TAP, false);
    }

    WebhookStream webhookStream() {
        return new WebhookStream(webhookUri(), authorization(), this::grab);
    }

    private URI webhookUri() {
        return URI.create("http://127.0.0.1:" + port + "/webhooks/sonarr");
    }

    private String authorization() {
        return "Basic "
                + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The Sonarr grab sample, numbered through its instance name. */
    private String grab(int number) {
        try (InputStream in = getClass().getResourceAsStream("/arr/sonarr-grab.json")) {
            ObjectNode grab = (ObjectNode) JSON.readTree(in);
            grab.put("instanceName", "stream-" + number);
            return JSON.writeValueAsString(grab);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drains the tap: how many messages each webhook number produced. */
    Map<Integer, Integer> messagesPerWebhook() {
        Map<Integer, Integer> counts = new HashMap<>();
        Message message;
        while ((message = rabbit.receive(TAP)) != null) {
            Envelope envelope = codec.decode(message.getBody());
            String instance = ((ArrActivityRecorded) envelope.payload()).instanceName();
            counts.merge(Integer.parseInt(instance.substring("stream-".length())), 1, Integer::sum);
        }
        return counts;
    }
}
