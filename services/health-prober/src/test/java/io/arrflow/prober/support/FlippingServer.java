package io.arrflow.prober.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/** A real HTTP server on loopback whose {@code /health} answers 200 or 503, as the test decides. */
public final class FlippingServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicBoolean healthy = new AtomicBoolean(true);

    private FlippingServer(HttpServer server) {
        this.server = server;
    }

    public static FlippingServer start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FlippingServer flipping = new FlippingServer(server);
        server.createContext("/health", flipping::answer);
        server.start();
        return flipping;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void healthy() {
        healthy.set(true);
    }

    public void failing() {
        healthy.set(false);
    }

    private void answer(HttpExchange exchange) throws IOException {
        boolean up = healthy.get();
        byte[] body = ("{\"status\":\"" + (up ? "ok" : "failing") + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(up ? 200 : 503, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
