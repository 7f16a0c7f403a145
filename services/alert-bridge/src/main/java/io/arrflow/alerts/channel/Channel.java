package io.arrflow.alerts.channel;

/**
 * A place notifications go, parsed from an Apprise-style URL. Its {@code toString} never shows a
 * secret: tokens and passwords are masked.
 */
public sealed interface Channel permits HttpChannel, EmailChannel {

    /** The configured name, e.g. {@code phone}, or {@code notify-1} for the n-th of {@code ARRFLOW_NOTIFY_URLS}. */
    String name();

    /** The kind, e.g. {@code discord}; also the key of per-kind settings. */
    String kind();

    /** What the rate limit applies to: a webhook, a chat, a server. */
    String rateKey();

    RateLimit rateLimit();

    /** The URL with its secrets replaced by {@code ****}. */
    String masked();

    static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "" : "****";
    }
}
