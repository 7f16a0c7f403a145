package io.arrflow.alerts.channel;

import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Notification;
import io.arrflow.platform.security.HttpBasic;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ntfy://topic} (the public server), {@code ntfy://host[:port]/topic} (http) or
 * {@code ntfys://host/topic} (https); auth {@code user:password@}, {@code tk_token@} or
 * {@code ?token=}. Published as JSON to the server's root; the message stays under ntfy's 4096-byte
 * limit (beyond it ntfy turns it into an attachment). ntfy allows a burst of 60, then 1 per 5 s.
 */
public record NtfyChannel(String name, String server, String topic, String authorization, RateLimit rateLimit)
        implements HttpChannel {

    static NtfyChannel from(String name, ParsedUrl url, RateLimit override) {
        RateLimit limit = override != null ? override : new RateLimit.Bucket(60, Duration.ofSeconds(5));
        String auth = authorization(url);
        if (url.path().isEmpty()) {
            return new NtfyChannel(name, null, url.host(), auth, limit);
        }
        String prefix = String.join("/", url.path().subList(0, url.path().size() - 1));
        String server = (url.secure() ? "https://" : "http://") + url.host() + (prefix.isEmpty() ? "" : "/" + prefix);
        return new NtfyChannel(name, server, url.path().getLast(), auth, limit);
    }

    private static String authorization(ParsedUrl url) {
        String token = url.param("token", null);
        if (token != null) {
            return "Bearer " + token;
        }
        if (url.user() != null && url.password() == null) {
            return "Bearer " + url.user();
        }
        if (url.user() != null) {
            return HttpBasic.header(url.user(), url.password());
        }
        return null;
    }

    @Override
    public HttpCall call(Notification n, ApiBases bases) {
        ObjectNode body = Json.object()
                .put("topic", topic)
                .put("title", MessageText.title(n, 250))
                .put("message", MessageText.bodyWithinBytes(n, 4000))
                .put("priority", priority(n));
        body.putArray("tags").add(tag(n));
        if (n.link() != null) {
            body.put("click", n.link());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return new HttpCall("POST", URI.create(base(bases) + "/"), headers, Json.write(body));
    }

    private String base(ApiBases bases) {
        return server == null ? bases.ntfy() : server;
    }

    private static int priority(Notification n) {
        if (n.status() == AlertStatus.RESOLVED) {
            return 3;
        }
        return switch (n.severity()) {
            case CRITICAL -> 5;
            case WARNING -> 4;
            case INFO -> 3;
        };
    }

    private static String tag(Notification n) {
        return switch (n.status()) {
            case FIRING -> "rotating_light";
            case RESOLVED -> "white_check_mark";
            case NOTICE -> "information_source";
        };
    }

    @Override
    public String kind() {
        return "ntfy";
    }

    @Override
    public String rateKey() {
        return "ntfy:" + (server == null ? "public" : server);
    }

    @Override
    public String masked() {
        String auth = authorization == null ? "" : "****@";
        String where = server == null ? "" : server.replaceFirst("^https?://", "") + "/";
        return (server != null && server.startsWith("https") ? "ntfys://" : "ntfy://") + auth + where + topic;
    }

    @Override
    public String toString() {
        return name + "=" + masked();
    }
}
