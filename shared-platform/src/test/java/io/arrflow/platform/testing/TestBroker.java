package io.arrflow.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real local RabbitMQ, isolated per test run: each suite gets a virtual host of its own
 * ({@code arrflow-test-<suite>-<run>}), created through the management API at first use and deleted,
 * with every queue and binding in it, when the test JVM exits. Nothing a suite declares outlives it,
 * no run sees what an earlier one left, and the default vhost (where a user's arrflow lives) is never touched.
 */
public final class TestBroker {

    public static final String HOST = "127.0.0.1";
    private static final String MANAGEMENT = "http://127.0.0.1:15672/api";
    private static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("guest:guest".getBytes(StandardCharsets.UTF_8));
    // HTTP/1.1: the management API (Cowboy) accepts the h2c upgrade that HttpClient offers by
    // default, and the client then fails with "EOF reached while reading".
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final String RUN =
            Long.toHexString(ProcessHandle.current().pid()) + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
    private static final Map<String, String> VHOSTS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestBroker::deleteVhosts, "test-broker-cleanup"));
    }

    private TestBroker() {}

    /** The suite's virtual host in this run, with guest allowed in it; the first call creates it. */
    public static String vhost(String suite) {
        return VHOSTS.computeIfAbsent(suite, TestBroker::createVhost);
    }

    private static String createVhost(String suite) {
        String vhost = "arrflow-test-" + suite + "-" + RUN;
        String encoded = URLEncoder.encode(vhost, StandardCharsets.UTF_8);
        put("/vhosts/" + encoded, "{}");
        put("/permissions/" + encoded + "/guest", "{\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}");
        return vhost;
    }

    /** Deletes every virtual host this run created, with all it holds. */
    private static void deleteVhosts() {
        for (String vhost : VHOSTS.values()) {
            try {
                send(HttpRequest.newBuilder(
                                URI.create(MANAGEMENT + "/vhosts/" + URLEncoder.encode(vhost, StandardCharsets.UTF_8)))
                        .header("Authorization", AUTH)
                        .DELETE()
                        .build());
            } catch (RuntimeException e) {
                System.err.println("could not delete test vhost " + vhost + ": " + e.getMessage());
            }
        }
    }

    /** Spring properties that point a test application at the suite's virtual host. */
    public static String[] springProperties(String suite) {
        return new String[] {
            "spring.rabbitmq.host=" + HOST,
            "spring.rabbitmq.port=5672",
            "spring.rabbitmq.username=guest",
            "spring.rabbitmq.password=guest",
            "spring.rabbitmq.virtual-host=" + vhost(suite)
        };
    }

    /** Number of ready messages in a queue of a virtual host, as the management API reports it. */
    public static long messagesReady(String vhost, String queue) {
        String body = get("/queues/" + URLEncoder.encode(vhost, StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(queue, StandardCharsets.UTF_8));
        int at = body.indexOf("\"messages_ready\":");
        if (at < 0) {
            return 0;
        }
        String rest = body.substring(at + "\"messages_ready\":".length());
        return Long.parseLong(rest.substring(0, rest.indexOf(',')).trim());
    }

    private static void put(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(MANAGEMENT + path))
                .header("Authorization", AUTH)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build();
        send(request);
    }

    private static String get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(MANAGEMENT + path))
                .header("Authorization", AUTH)
                .GET()
                .build();
        return send(request);
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("RabbitMQ management API answered " + response.statusCode() + " for "
                        + request.uri() + " (is rabbitmq_management enabled? bin/setup does it)");
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "RabbitMQ management API unreachable at " + MANAGEMENT + ": run bin/setup first", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
