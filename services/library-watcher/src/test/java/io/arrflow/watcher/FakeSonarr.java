package io.arrflow.watcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.arrflow.platform.arrapi.ArrRequest;
import io.arrflow.platform.testing.JsonReply;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on loopback that answers like Sonarr's command API: {@code POST /api/v3/command}
 * → 201 with an id (as the real controller does), {@code GET /api/v3/command/{id}} → completed. It
 * checks {@code X-Api-Key}, can fail on demand and records every request for a check against the
 * project's Sonarr API subset ({@code ArrApi.sonarrV3()}).
 */
final class FakeSonarr implements AutoCloseable {

    final List<ArrRequest> calls = new CopyOnWriteArrayList<>();
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
        ArrRequest call = ArrRequest.of(exchange);
        calls.add(call);
        if (!acceptedKey.equals(call.header("X-Api-Key").orElse(null))) {
            JsonReply.send(exchange, 401, "{\"message\":\"Unauthorized\"}");
        } else if (failuresLeft > 0) {
            failuresLeft--;
            JsonReply.send(exchange, 503, "{\"message\":\"Service Unavailable\"}");
        } else if ("POST".equals(call.method())) {
            JsonReply.send(
                    exchange,
                    201,
                    "{\"id\":" + ids.incrementAndGet() + ",\"name\":\"RescanSeries\",\"status\":\"queued\"}");
        } else {
            String id = call.path().replaceAll(".*/", "");
            JsonReply.send(exchange, 200, "{\"id\":" + id + ",\"name\":\"RescanSeries\",\"status\":\"completed\"}");
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
