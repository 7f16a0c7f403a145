import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The outside world of the clean-room acceptance test, on one loopback port: Sonarr's command API
 * ({@code POST /api/v3/command} → 201, {@code GET /api/v3/command/{id}} → completed, both behind
 * {@code X-Api-Key}) and a receiver for alert-bridge's JSON webhook ({@code POST /notify}). Every
 * request is appended to the record file as one line: {@code METHOD PATH BODY}.
 *
 * <p>Run with the JDK's source launcher: {@code java LoopbackStub.java PORT_FILE RECORD_FILE API_KEY_FILE}.
 */
public class LoopbackStub {

    private static final AtomicInteger COMMAND_IDS = new AtomicInteger(100);

    public static void main(String[] args) throws IOException {
        Path portFile = Path.of(args[0]);
        Path record = Path.of(args[1]);
        String apiKey = Files.readString(Path.of(args[2])).trim();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> answer(exchange, record, apiKey));
        server.start();
        Files.writeString(portFile, String.valueOf(server.getAddress().getPort()));
    }

    private static void answer(HttpExchange exchange, Path record, String apiKey) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String line = method + " " + path + " " + body.replaceAll("\\s+", " ") + "\n";
        Files.writeString(record, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (!path.startsWith("/api/v3/command")) {
            reply(exchange, 200, "{}");
        } else if (!apiKey.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
            reply(exchange, 401, "{\"message\":\"Unauthorized\"}");
        } else if ("POST".equals(method)) {
            reply(exchange, 201, "{\"id\":" + COMMAND_IDS.incrementAndGet() + ",\"status\":\"queued\"}");
        } else {
            String id = path.substring(path.lastIndexOf('/') + 1);
            reply(exchange, 200, "{\"id\":" + id + ",\"status\":\"completed\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
