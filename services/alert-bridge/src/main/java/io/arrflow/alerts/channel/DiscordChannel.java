package io.arrflow.alerts.channel;

import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Notification;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code discord://webhook_id/webhook_token}: an execute-webhook call with one embed (title ≤ 256,
 * description ≤ 4096 characters), no mentions. Discord allows about 5 calls per 2 s per webhook.
 */
public record DiscordChannel(String name, String webhookId, String token, RateLimit rateLimit) implements HttpChannel {

    static DiscordChannel from(String name, ParsedUrl url, RateLimit override) {
        if (url.host().isBlank() || url.path().isEmpty()) {
            throw new IllegalArgumentException("discord:// needs webhook_id/webhook_token");
        }
        RateLimit limit = override != null ? override : new RateLimit.Window(5, Duration.ofSeconds(2));
        return new DiscordChannel(name, url.host(), url.path().getFirst(), limit);
    }

    @Override
    public HttpCall call(Notification n, ApiBases bases) {
        ObjectNode embed = Json.object()
                .put("title", MessageText.title(n, 256))
                .put("description", MessageText.body(n, 4096))
                .put("color", color(n))
                .put("timestamp", n.at().toString());
        if (n.link() != null) {
            embed.put("url", n.link());
        }
        ObjectNode body = Json.object().put("username", "arrflow");
        body.putArray("embeds").add(embed);
        body.putObject("allowed_mentions").putArray("parse");
        URI uri = URI.create(bases.discord() + "/api/webhooks/" + webhookId + "/" + token + "?wait=true");
        return new HttpCall("POST", uri, Map.of("Content-Type", "application/json"), Json.write(body));
    }

    static int color(Notification n) {
        if (n.status() == AlertStatus.RESOLVED) {
            return 0x2ECC71;
        }
        return switch (n.severity()) {
            case CRITICAL -> 0xE74C3C;
            case WARNING -> 0xF39C12;
            case INFO -> 0x3498DB;
        };
    }

    @Override
    public String kind() {
        return "discord";
    }

    @Override
    public String rateKey() {
        return "discord:" + webhookId;
    }

    @Override
    public String masked() {
        return "discord://" + webhookId + "/" + Channel.mask(token);
    }

    @Override
    public String toString() {
        return name + "=" + masked();
    }
}
