package io.arrflow.watcher.rescan.adapter;

import io.arrflow.watcher.rescan.ArrCallFailed;
import io.arrflow.watcher.rescan.ArrCommands;
import io.arrflow.watcher.rescan.ArrConnections.Connection;
import io.arrflow.watcher.rescan.RescanCommand;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The two arr API calls a rescan needs: start a command, read its status. Authenticated by {@code X-Api-Key}. */
public class ArrClient implements ArrCommands {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final JsonMapper json = JsonMapper.builder().build();

    /** The arr apps answer 201 Created (the specs say 200). */
    @Override
    public long start(Connection arr, RescanCommand command) {
        HttpRequest request = authorized(arr, URI.create(base(arr) + command.apiBase() + "/command"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(command.body())))
                .build();
        return send(arr, request).path("id").asLong();
    }

    @Override
    public String status(Connection arr, RescanCommand command, long id) {
        HttpRequest request = authorized(arr, URI.create(base(arr) + command.apiBase() + "/command/" + id))
                .GET()
                .build();
        return send(arr, request).path("status").asString("unknown");
    }

    private HttpRequest.Builder authorized(Connection arr, URI uri) {
        String key = arr.apiKey()
                .orElseThrow(() -> new ArrCallFailed(
                        "no API key configured for " + arr.app().wireName(), false));
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(15))
                .header("X-Api-Key", key)
                .header("Accept", "application/json");
    }

    private JsonNode send(Connection arr, HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ArrCallFailed(
                    arr.app().wireName() + " unreachable: " + e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArrCallFailed("interrupted", true);
        }
        int status = response.statusCode();
        if (status >= 300) {
            boolean retryable = status >= 500 || status == 429;
            throw new ArrCallFailed(
                    "HTTP " + status + " from " + arr.app().wireName() + " "
                            + request.uri().getPath(),
                    retryable);
        }
        return json.readTree(response.body());
    }

    private static String base(Connection arr) {
        String url = arr.url().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
