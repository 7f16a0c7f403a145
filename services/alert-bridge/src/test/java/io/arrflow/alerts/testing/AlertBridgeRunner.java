package io.arrflow.alerts.testing;

import io.arrflow.alerts.AlertBridgeApplication;
import io.arrflow.platform.testing.TestBroker;
import io.arrflow.platform.testing.TestRedis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.Jedis;

/**
 * Starts and stops the real alert-bridge application against the local RabbitMQ (own virtual host)
 * and Redis database 4, with settings a test chooses; a restart is a stop and a start.
 */
public final class AlertBridgeRunner implements AutoCloseable {

    public static final String TOKEN = "test-token-alert-bridge";
    public static final String VHOST = "arrflow-test-alert-bridge";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static final List<String> QUEUES = List.of(
            "arrflow.alert-bridge.events",
            "arrflow.alert-bridge.events.dlq",
            "arrflow.alert-bridge.notifications",
            "arrflow.alert-bridge.notifications.dlq");

    /** The timings the tests shorten; {@link #withShippedTimings()} leaves them as alert-bridge ships them. */
    private static final List<String> TIMINGS = List.of(
            "arrflow.alerts.group-wait",
            "arrflow.alerts.group-interval",
            "arrflow.alerts.repeat-interval",
            "arrflow.alerts.resolve-wait",
            "arrflow.alerts.tick");

    private final Map<String, String> properties = new LinkedHashMap<>();
    private ConfigurableApplicationContext context;

    public AlertBridgeRunner(Map<String, String> settings) {
        for (String p : TestBroker.springProperties("alert-bridge")) {
            String[] kv = p.split("=", 2);
            properties.put(kv[0], kv[1]);
        }
        properties.put("spring.data.redis.host", TestRedis.HOST);
        properties.put("spring.data.redis.port", String.valueOf(TestRedis.port()));
        properties.put("spring.data.redis.database", "4");
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("arrflow.api.token", TOKEN);
        properties.put("arrflow.alerts.group-wait", "400ms");
        properties.put("arrflow.alerts.group-interval", "400ms");
        properties.put("arrflow.alerts.repeat-interval", "0s");
        properties.put("arrflow.alerts.resolve-wait", "400ms");
        properties.put("arrflow.alerts.tick", "100ms");
        properties.put("arrflow.alerts.retry.initial-backoff", "50ms");
        properties.put("arrflow.alerts.retry.max-backoff", "200ms");
        properties.put("arrflow.alerts.retry.attempts", "3");
        properties.putAll(settings);
    }

    /** Runs with the grouping and timing defaults a user gets (alert-bridge.yml), plus the test's settings. */
    public static AlertBridgeRunner withShippedTimings(Map<String, String> settings) {
        AlertBridgeRunner runner = new AlertBridgeRunner(Map.of());
        TIMINGS.forEach(runner.properties::remove);
        runner.properties.putAll(settings);
        return runner;
    }

    /** Empties database 4 of the run's own Redis and alert-bridge's queues before the application starts. */
    public AlertBridgeRunner fresh() {
        try (Jedis redis = new Jedis(TestRedis.HOST, TestRedis.port())) {
            redis.select(4);
            redis.flushDB();
        }
        CachingConnectionFactory rabbit = new CachingConnectionFactory(TestBroker.HOST, 5672);
        rabbit.setUsername("guest");
        rabbit.setPassword("guest");
        rabbit.setVirtualHost(TestBroker.vhost("alert-bridge"));
        try {
            RabbitAdmin admin = new RabbitAdmin(rabbit);
            for (String queue : QUEUES) {
                purge(admin, queue);
            }
        } finally {
            rabbit.destroy();
        }
        start();
        return this;
    }

    private static void purge(RabbitAdmin admin, String queue) {
        try {
            admin.purgeQueue(queue, false);
        } catch (AmqpException notDeclaredYet) {
            // first run on this broker: the application declares it
        }
    }

    public ConfigurableApplicationContext start() {
        if (context == null) {
            List<String> args = new ArrayList<>();
            properties.forEach((k, v) -> args.add("--" + k + "=" + v));
            context = new SpringApplicationBuilder(AlertBridgeApplication.class).run(args.toArray(String[]::new));
        }
        return context;
    }

    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public <T> T bean(Class<T> type) {
        return start().getBean(type);
    }

    public int port() {
        return Integer.parseInt(start().getEnvironment().getProperty("local.server.port"));
    }

    public HttpResponse<String> post(String path, String json, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> call(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String bearer() {
        return "Bearer " + TOKEN;
    }

    @Override
    public void close() {
        stop();
    }
}
