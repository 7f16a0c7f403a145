package io.arrflow.prober.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.arrflow.platform.testing.JsonReply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in arr app on loopback with the real endpoints: {@code /ping} without a key and {@code
 * /api/v3/health} that demands {@code X-Api-Key} and answers the configured issues.
 */
public final class ArrStub implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<String> apiKey;
    private final AtomicReference<String> issues = new AtomicReference<>("[]");

    private ArrStub(HttpServer server, String apiKey) {
        this.server = server;
        this.apiKey = new AtomicReference<>(apiKey);
    }

    public static ArrStub start(String apiKey) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ArrStub stub = new ArrStub(server, apiKey);
        server.createContext("/ping", exchange -> JsonReply.send(exchange, 200, "{\"status\":\"OK\"}"));
        server.createContext("/api/v3/health", stub::health);
        server.start();
        return stub;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The app's key was rotated: only the new one is accepted from now on. */
    public void acceptOnly(String key) {
        apiKey.set(key);
    }

    public void reports(String issuesJson) {
        issues.set(issuesJson);
    }

    private void health(HttpExchange exchange) throws IOException {
        if (!apiKey.get().equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
            JsonReply.send(exchange, 401, "{\"error\":\"Unauthorized\"}");
            return;
        }
        JsonReply.send(exchange, 200, issues.get());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
