package io.arrflow.alerts.delivery;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a channel's HTTP answer means, including the wait a 429 asks for. */
public final class Responses {

    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);
    private static final Pattern RETRY_AFTER_FIELD = Pattern.compile("\"retry_after\"\\s*:\\s*([0-9.]+)");

    private Responses() {}

    public static DeliveryResult classify(
            String kind, int status, Optional<String> retryAfter, String body, Instant now) {
        if (status >= 200 && status < 300) {
            return new DeliveryResult.Delivered();
        }
        String reason = kind + " answered " + status + detail(body);
        if (status == 429) {
            return new DeliveryResult.RetryAfter(retryAfter(body, retryAfter, now), reason);
        }
        if (status == 408 || status == 425 || status >= 500) {
            return new DeliveryResult.Transient(reason);
        }
        return new DeliveryResult.Permanent(reason);
    }

    /** Discord and Telegram put {@code retry_after} (seconds, maybe fractional) in the body; others send the header. */
    static Duration retryAfter(String body, Optional<String> header, Instant now) {
        Matcher m = RETRY_AFTER_FIELD.matcher(body == null ? "" : body);
        if (m.find()) {
            return Duration.ofMillis(Math.round(Double.parseDouble(m.group(1)) * 1000));
        }
        return header.map(h -> fromHeader(h.trim(), now)).orElse(DEFAULT_RETRY_AFTER);
    }

    private static Duration fromHeader(String value, Instant now) {
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException notADate) {
                return DEFAULT_RETRY_AFTER;
            }
        }
    }

    private static String detail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.lines().findFirst().orElse("").trim();
        return ": " + (line.length() > 160 ? line.substring(0, 160) + "…" : line);
    }
}
