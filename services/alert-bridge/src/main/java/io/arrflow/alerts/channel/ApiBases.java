package io.arrflow.alerts.channel;

/**
 * Where the hosted services live. Change them for a proxy, a self-hosted Telegram Bot API server, or
 * a test receiver on loopback.
 */
public record ApiBases(String discord, String slack, String telegram, String ntfy) {

    public ApiBases {
        discord = orDefault(discord, "https://discord.com");
        slack = orDefault(slack, "https://hooks.slack.com");
        telegram = orDefault(telegram, "https://api.telegram.org");
        ntfy = orDefault(ntfy, "https://ntfy.sh");
    }

    public static ApiBases defaults() {
        return new ApiBases(null, null, null, null);
    }

    private static String orDefault(String value, String fallback) {
        String base = value == null || value.isBlank() ? fallback : value.trim();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
