package io.arrflow.platform.messaging;

import io.arrflow.platform.testing.TestBroker;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real local RabbitMQ on the platform suite's virtual host, connected the way the services
 * connect: publisher confirms (correlated) and returns on.
 */
final class LocalBroker implements AutoCloseable {

    static final String SUITE = "platform";
    private static final String MANAGEMENT = "http://127.0.0.1:15672/api";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String vhost = TestBroker.vhost(SUITE);
    final CachingConnectionFactory connectionFactory = new CachingConnectionFactory(TestBroker.HOST, 5672);
    final RabbitTemplate rabbit;
    final RabbitAdmin admin;
    final EnvelopeCodec codec = new EnvelopeCodec();
    final MessagePublisher publisher;
    final DeadLetters deadLetters;

    LocalBroker() {
        connectionFactory.setUsername("guest");
        connectionFactory.setPassword("guest");
        connectionFactory.setVirtualHost(vhost);
        connectionFactory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        connectionFactory.setPublisherReturns(true);
        rabbit = new RabbitTemplate(connectionFactory);
        admin = new RabbitAdmin(connectionFactory);
        publisher = new MessagePublisher(rabbit, codec, "platform-tests", Duration.ofSeconds(5));
        deadLetters = new DeadLetters(publisher);
        declare(Topology.exchanges());
    }

    void declare(Declarables declarables) {
        declarables.getDeclarables().forEach(declarable -> {
            switch (declarable) {
                case Queue queue -> admin.declareQueue(queue);
                case org.springframework.amqp.core.Exchange exchange -> admin.declareExchange(exchange);
                case Binding binding -> admin.declareBinding(binding);
                default -> throw new IllegalArgumentException("cannot declare " + declarable);
            }
        });
    }

    /** A fresh quorum queue that no other test uses. */
    String aFreshWorkQueue(String purpose) {
        String name = "arrflow.test." + purpose + "." + UUID.randomUUID();
        admin.declareQueue(QueueBuilder.durable(name).quorum().build());
        return name;
    }

    /** A private queue that sees the events published with a routing-key pattern. */
    String listenToEvents(String routingPattern) {
        // A plain exclusive queue: AnonymousQueue asks for a leader locator RabbitMQ 3.x refuses on classic queues.
        Queue queue = new Queue("arrflow.test.listener." + UUID.randomUUID(), false, true, true);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue)
                .to(new TopicExchange(Topology.EVENTS))
                .with(routingPattern));
        return queue.getName();
    }

    void deleteWorkQueue(String name) {
        admin.deleteQueue(name);
        admin.deleteQueue(name + Topology.DLQ_SUFFIX);
    }

    /** A queue as the management API describes it (arguments, type, durability, counters). */
    JsonNode managementView(String queue) {
        return managementGet("/queues/" + encode(vhost) + "/" + encode(queue));
    }

    JsonNode bindings(String exchange, String queue) {
        return managementGet("/bindings/" + encode(vhost) + "/e/" + encode(exchange) + "/q/" + encode(queue));
    }

    private static JsonNode managementGet(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(MANAGEMENT + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("guest:guest".getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("management API answered " + response.statusCode() + " for " + path);
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("management API unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        connectionFactory.destroy();
    }
}
