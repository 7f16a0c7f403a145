package io.arrflow.watcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback that answers like Sonarr's command API: {@code POST /api/v3/command}
 * → 201 with an id (as the real controller does), {@code GET /api/v3/command/{id}} → completed. It
 * checks {@code X-Api-Key} and records every request.
 */
final class FakeSonarr implements AutoCloseable {

    record Call(String method, String path, String apiKey, String body) {}

    final List<Call> calls = new CopyOnWriteArrayList<>();
    volatile String acceptedKey;
    volatile int failuresLeft;
    private final AtomicInteger ids = new AtomicInteger(1000);
    private final HttpServer server;

    FakeSonarr(String acceptedKey) throws IOException {
        this.acceptedKey = acceptedKey;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v3/command", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String key = exchange.getRequestHeaders().getFirst("X-Api-Key");
        calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), key, body));
        if (!acceptedKey.equals(key)) {
            reply(exchange, 401, "{\"message\":\"Unauthorized\"}");
        } else if (failuresLeft > 0) {
            failuresLeft--;
            reply(exchange, 503, "{\"message\":\"Service Unavailable\"}");
        } else if ("POST".equals(exchange.getRequestMethod())) {
            reply(
                    exchange,
                    201,
                    "{\"id\":" + ids.incrementAndGet() + ",\"name\":\"RescanSeries\",\"status\":\"queued\"}");
        } else {
            String id = exchange.getRequestURI().getPath().replaceAll(".*/", "");
            reply(exchange, 200, "{\"id\":" + id + ",\"name\":\"RescanSeries\",\"status\":\"completed\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
