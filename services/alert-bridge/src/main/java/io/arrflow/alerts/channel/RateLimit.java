package io.arrflow.alerts.channel;

import java.time.Duration;

/** How fast a channel may be called. */
public sealed interface RateLimit {

    /** At most {@code max} calls in any window of {@code per} (Discord 5 per 2 s, Slack 1 per s). */
    record Window(int max, Duration per) implements RateLimit {}

    /** A burst of {@code burst} calls, then one per {@code every} (ntfy: 60, then 1 per 5 s). */
    record Bucket(int burst, Duration every) implements RateLimit {}

    /** No limit of its own (Gotify, a JSON webhook you run). */
    record Unlimited() implements RateLimit {}

    /** Reads {@code 5/2s}, {@code 1/1s}, {@code 500/250ms} or {@code 30/1m}: max calls per window. */
    static RateLimit parse(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*(ms|s|m|h)\\s*")
                .matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("rate must look like 5/2s, not " + text);
        }
        long amount = Long.parseLong(m.group(2));
        Duration per =
                switch (m.group(3)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
        return new Window(Integer.parseInt(m.group(1)), per);
    }
}
