package io.arrflow.alerts.channel;

import io.arrflow.alerts.alert.Notification;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code slack://T…/B…/secret}: an incoming-webhook call with a header block (≤ 150 characters) and a
 * mrkdwn section (≤ 3000 characters). Slack allows 1 message per second per webhook.
 */
public record SlackChannel(String name, String team, String bot, String secret, RateLimit rateLimit)
        implements HttpChannel {

    static SlackChannel from(String name, ParsedUrl url, RateLimit override) {
        if (url.path().size() < 2) {
            throw new IllegalArgumentException("slack:// needs the three parts of the webhook URL: T…/B…/secret");
        }
        RateLimit limit = override != null ? override : new RateLimit.Window(1, Duration.ofSeconds(1));
        return new SlackChannel(name, url.host(), url.path().get(0), url.path().get(1), limit);
    }

    @Override
    public HttpCall call(Notification n, ApiBases bases) {
        String title = MessageText.title(n, 150);
        String link = n.link() == null ? "" : "\n<" + n.link() + "|Open>";
        ObjectNode body = Json.object().put("text", title);
        ArrayNode blocks = body.putArray("blocks");
        blocks.addObject()
                .put("type", "header")
                .putObject("text")
                .put("type", "plain_text")
                .put("text", title);
        blocks.addObject()
                .put("type", "section")
                .putObject("text")
                .put("type", "mrkdwn")
                .put("text", MessageText.alertLines(n, 3000 - link.length()) + link);
        URI uri = URI.create(bases.slack() + "/services/" + team + "/" + bot + "/" + secret);
        return new HttpCall("POST", uri, Map.of("Content-Type", "application/json"), Json.write(body));
    }

    @Override
    public String kind() {
        return "slack";
    }

    @Override
    public String rateKey() {
        return "slack:" + team + "/" + bot;
    }

    @Override
    public String masked() {
        return "slack://" + team + "/" + bot + "/" + Channel.mask(secret);
    }

    @Override
    public String toString() {
        return name + "=" + masked();
    }
}
