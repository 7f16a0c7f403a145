package io.arrflow.alerts.channel;

import java.util.List;

/** Parses Apprise-style channel URLs. An error names the scheme, never the URL (it holds secrets). */
public final class ChannelUrls {

    private ChannelUrls() {}

    /** One URL, usually one channel; a Telegram URL with several chats gives one channel per chat. */
    public static List<Channel> parse(String name, String url) {
        ParsedUrl parsed = ParsedUrl.parse(url);
        String rate = parsed.param("rate", null);
        RateLimit override = rate == null ? null : RateLimit.parse(rate);
        return switch (parsed.scheme()) {
            case "discord" -> List.of(DiscordChannel.from(name, parsed, override));
            case "slack" -> List.of(SlackChannel.from(name, parsed, override));
            case "ntfy", "ntfys" -> List.of(NtfyChannel.from(name, parsed, override));
            case "gotify", "gotifys" -> List.of(GotifyChannel.from(name, parsed, override));
            case "tgram" -> TelegramChannel.from(name, parsed, override);
            case "mailto", "mailtos" -> List.of(EmailChannel.from(name, parsed, override));
            case "json", "jsons" -> List.of(JsonChannel.from(name, parsed, override));
            default ->
                throw new IllegalArgumentException("channel " + name + ": unsupported scheme " + parsed.scheme()
                        + ":// (use discord, slack, ntfy(s), gotify(s), tgram, mailto(s), json(s))");
        };
    }
}
