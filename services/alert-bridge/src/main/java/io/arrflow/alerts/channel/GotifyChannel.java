package io.arrflow.alerts.channel;

import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Notification;
import java.net.URI;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code gotify://host[:port][/path]/app_token} (http) or {@code gotifys://} (https): {@code POST
 * /message} with the {@code X-Gotify-Key} header, a click URL in the extras. Gotify sets no rate limit.
 */
public record GotifyChannel(String name, String server, String token, RateLimit rateLimit) implements HttpChannel {

    static final int MAX_MESSAGE = 16_000;

    static GotifyChannel from(String name, ParsedUrl url, RateLimit override) {
        if (url.path().isEmpty()) {
            throw new IllegalArgumentException("gotify:// needs host/app_token");
        }
        String prefix = String.join("/", url.path().subList(0, url.path().size() - 1));
        String server = (url.secure() ? "https://" : "http://") + url.host() + (prefix.isEmpty() ? "" : "/" + prefix);
        return new GotifyChannel(
                name, server, url.path().getLast(), override != null ? override : new RateLimit.Unlimited());
    }

    @Override
    public HttpCall call(Notification n, ApiBases bases) {
        ObjectNode body = Json.object()
                .put("title", MessageText.title(n, 250))
                .put("message", MessageText.body(n, MAX_MESSAGE))
                .put("priority", priority(n));
        ObjectNode extras = body.putObject("extras");
        extras.putObject("client::display").put("contentType", "text/plain");
        if (n.link() != null) {
            extras.putObject("client::notification").putObject("click").put("url", n.link());
        }
        return new HttpCall(
                "POST",
                URI.create(server + "/message"),
                Map.of("Content-Type", "application/json", "X-Gotify-Key", token),
                Json.write(body));
    }

    private static int priority(Notification n) {
        if (n.status() == AlertStatus.RESOLVED) {
            return 4;
        }
        return switch (n.severity()) {
            case CRITICAL -> 8;
            case WARNING -> 5;
            case INFO -> 2;
        };
    }

    @Override
    public String kind() {
        return "gotify";
    }

    @Override
    public String rateKey() {
        return "gotify:" + server;
    }

    @Override
    public String masked() {
        return (server.startsWith("https") ? "gotifys://" : "gotify://") + server.replaceFirst("^https?://", "") + "/"
                + Channel.mask(token);
    }

    @Override
    public String toString() {
        return name + "=" + masked();
    }
}
