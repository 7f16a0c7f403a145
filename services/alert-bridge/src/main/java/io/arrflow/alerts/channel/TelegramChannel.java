package io.arrflow.alerts.channel;

import io.arrflow.alerts.alert.Notification;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code tgram://bot_token/chat_id[/chat_id…]}: {@code sendMessage} per chat, plain text of at most
 * 4096 characters, no link preview. Telegram allows about 1 message per second per chat.
 */
public record TelegramChannel(String name, String botToken, String chatId, RateLimit rateLimit) implements HttpChannel {

    static final int MAX_TEXT = 4096;

    static List<Channel> from(String name, ParsedUrl url, RateLimit override) {
        if (url.path().isEmpty()) {
            throw new IllegalArgumentException("tgram:// needs bot_token/chat_id");
        }
        String token = url.user() == null ? url.host() : url.user() + ":" + url.password() + "@" + url.host();
        RateLimit limit = override != null ? override : new RateLimit.Window(1, Duration.ofSeconds(1));
        List<String> chats = url.path();
        return chats.stream()
                .<Channel>map(
                        chat -> new TelegramChannel(chats.size() == 1 ? name : name + "#" + chat, token, chat, limit))
                .toList();
    }

    @Override
    public HttpCall call(Notification n, ApiBases bases) {
        String title = MessageText.title(n, 256);
        ObjectNode body = Json.object()
                .put("chat_id", chatId)
                .put("text", title + "\n\n" + MessageText.body(n, MAX_TEXT - title.length() - 2))
                .put("disable_web_page_preview", true);
        URI uri = URI.create(bases.telegram() + "/bot" + botToken + "/sendMessage");
        return new HttpCall("POST", uri, Map.of("Content-Type", "application/json"), Json.write(body));
    }

    @Override
    public String kind() {
        return "telegram";
    }

    @Override
    public String rateKey() {
        return "telegram:" + chatId;
    }

    @Override
    public String masked() {
        return "tgram://" + Channel.mask(botToken) + "/" + chatId;
    }

    @Override
    public String toString() {
        return name + "=" + masked();
    }
}
