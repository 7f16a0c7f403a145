package io.arrflow.platform.arrapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.arrflow.platform.arrapi.ArrApi.Operation;
import io.arrflow.platform.testing.JsonReply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/**
 * An arr app on loopback that knows only its {@link ArrApi} subset: each operation answers its
 * documented success status with the subset's example, an operation that needs a key answers 401
 * without the right one, anything else 404. Every request is recorded, so a test can check them all.
 */
public final class ArrApiStandIn implements AutoCloseable {

    private final ArrApi api;
    private final String apiKey;
    private final HttpServer server;
    private final List<ArrRequest> requests = new CopyOnWriteArrayList<>();

    private ArrApiStandIn(ArrApi api, String apiKey) throws IOException {
        this.api = api;
        this.apiKey = apiKey;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
    }

    public static ArrApiStandIn start(ArrApi api, String apiKey) throws IOException {
        ArrApiStandIn standIn = new ArrApiStandIn(api, apiKey);
        standIn.server.start();
        return standIn;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<ArrRequest> requests() {
        return List.copyOf(requests);
    }

    /** Fails on the first request the subset does not allow; returns the operations the requests used. */
    public Set<String> assertEveryRequestAccepted() {
        Set<String> used = new TreeSet<>();
        for (ArrRequest request : requests) {
            api.assertAccepts(request);
            api.operationOf(request).ifPresent(used::add);
        }
        return used;
    }

    private void answer(HttpExchange exchange) throws IOException {
        ArrRequest request = ArrRequest.of(exchange);
        requests.add(request);
        Optional<Operation> operation = api.match(request);
        if (operation.isEmpty()) {
            JsonReply.send(exchange, 404, "{\"message\":\"NotFound\"}");
        } else if (needsKey(operation.get())
                && !request.header("X-Api-Key").orElse("").equals(apiKey)) {
            JsonReply.send(exchange, 401, "{\"message\":\"Unauthorized\"}");
        } else {
            Map.Entry<String, JsonNode> success = success(operation.get());
            JsonNode example =
                    success.getValue().path("content").path("application/json").path("example");
            JsonReply.send(
                    exchange, Integer.parseInt(success.getKey()), example.isMissingNode() ? "{}" : example.toString());
        }
    }

    private boolean needsKey(Operation operation) {
        JsonNode node = operation.node();
        return !(node.has("security") ? node.path("security") : api.document().path("security")).isEmpty();
    }

    private static Map.Entry<String, JsonNode> success(Operation operation) {
        return operation.node().path("responses").properties().stream()
                .filter(response -> response.getKey().startsWith("2"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(operation.id() + " documents no success response"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
