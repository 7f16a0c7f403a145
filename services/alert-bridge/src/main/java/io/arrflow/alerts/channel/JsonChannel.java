package io.arrflow.alerts.channel;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.Notification;
import io.arrflow.platform.security.HttpBasic;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code json://[user:password@]host[:port]/path} (http) or {@code jsons://} (https), extra headers
 * as {@code ?+X-Header=value}: a POST of Apprise's JSON ({@code version}, {@code title},
 * {@code message}, {@code type}) plus arrflow's fields ({@code status}, {@code severity},
 * {@code groupKey}, {@code link}, {@code alerts}).
 */
public record JsonChannel(String name, URI target, Map<String, String> headers, RateLimit rateLimit)
        implements HttpChannel {

    static JsonChannel from(String name, ParsedUrl url, RateLimit override) {
        URI target = URI.create((url.secure() ? "https://" : "http://") + url.host() + "/" + url.pathString());
        Map<String, String> headers = new LinkedHashMap<>(url.headers());
        if (url.user() != null) {
            headers.put("Authorization", HttpBasic.header(url.user(), url.password()));
        }
        return new JsonChannel(name, target, headers, override != null ? override : new RateLimit.Unlimited());
    }

    @Override
    public HttpCall call(Notification n, ApiBases bases) {
        ObjectNode body = Json.object()
                .put("version", "1.0")
                .put("title", MessageText.title(n, 250))
                .put("message", MessageText.body(n, 32_000))
                .put("type", type(n))
                .put("status", n.status().name())
                .put("severity", n.severity().wireName())
                .put("groupKey", n.groupKey())
                .put("reminder", n.reminder())
                .put("link", n.link());
        ArrayNode alerts = body.putArray("alerts");
        n.all().forEach(a -> alerts.add(alert(a)));
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/json");
        return new HttpCall("POST", target, all, Json.write(body));
    }

    private static ObjectNode alert(Alert a) {
        ObjectNode node = Json.object()
                .put("fingerprint", a.fingerprint())
                .put("status", a.status().name())
                .put("source", a.source())
                .put("name", a.name())
                .put("subject", a.subject())
                .put("severity", a.severity().wireName())
                .put("summary", a.summary())
                .put("link", a.link())
                .put("at", a.at().toString());
        ObjectNode labels = node.putObject("labels");
        a.labels().forEach(labels::put);
        return node;
    }

    private static String type(Notification n) {
        return switch (n.status()) {
            case RESOLVED -> "success";
            case FIRING, NOTICE ->
                switch (n.severity()) {
                    case CRITICAL -> "failure";
                    case WARNING -> "warning";
                    case INFO -> "info";
                };
        };
    }

    @Override
    public String kind() {
        return "json";
    }

    @Override
    public String rateKey() {
        return "json:" + target.getHost() + ":" + target.getPort();
    }

    @Override
    public String masked() {
        String scheme = "https".equals(target.getScheme()) ? "jsons://" : "json://";
        String auth = headers.containsKey("Authorization") ? "****@" : "";
        return scheme
                + auth
                + target.getHost()
                + (target.getPort() < 0 ? "" : ":" + target.getPort())
                + target.getPath()
                + (headers.size() > (auth.isEmpty() ? 0 : 1) ? "?+headers=****" : "");
    }

    @Override
    public String toString() {
        return name + "=" + masked();
    }
}
