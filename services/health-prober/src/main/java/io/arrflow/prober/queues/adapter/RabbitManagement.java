package io.arrflow.prober.queues.adapter;

import io.arrflow.platform.security.HttpBasic;
import io.arrflow.prober.queues.QueueDepth;
import io.arrflow.prober.queues.QueueDepths;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads queue depths from the RabbitMQ management API ({@code GET /api/queues/<vhost>}). */
public final class RabbitManagement implements QueueDepths {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI base;
    private final String authorization;
    private final String vhost;
    private final Duration timeout;

    public RabbitManagement(
            HttpClient http, URI base, String username, String password, String vhost, Duration timeout) {
        this.http = http;
        this.base = base;
        this.authorization = HttpBasic.header(username, password);
        this.vhost = vhost;
        this.timeout = timeout;
    }

    public String vhost() {
        return vhost;
    }

    /** Every queue of the virtual host, sorted by name. */
    @Override
    public List<QueueDepth> queues() throws Exception {
        URI uri = base.resolve("/api/queues/" + URLEncoder.encode(vhost, StandardCharsets.UTF_8)
                + "?columns=name,messages_ready,messages_unacknowledged&sort=name");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", authorization)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new ManagementUnavailable("RabbitMQ management API answered HTTP " + response.statusCode());
        }
        List<QueueDepth> depths = new ArrayList<>();
        for (JsonNode queue : JSON.readTree(response.body())) {
            depths.add(new QueueDepth(
                    queue.path("name").asString(),
                    queue.path("messages_ready").asLong(0),
                    queue.path("messages_unacknowledged").asLong(0)));
        }
        return depths;
    }

    /** The management API answered, but not with the queues. */
    public static final class ManagementUnavailable extends Exception {
        ManagementUnavailable(String message) {
            super(message);
        }
    }
}
