package io.arrflow.alerts.silence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A new silence as the API takes it: matchers, then {@code endsAt} or a {@code duration} such as
 * {@code 2h} (from {@code startsAt}, default now).
 */
public record SilenceRequest(
        List<Matcher> matchers, Instant startsAt, Instant endsAt, String duration, String createdBy, String comment) {

    public Silence toSilence(Instant now) {
        Instant start = startsAt == null ? now : startsAt;
        Instant end = endsAt != null ? endsAt : duration == null ? null : start.plus(parse(duration));
        if (end == null) {
            throw new IllegalArgumentException("give endsAt or duration (e.g. 2h)");
        }
        return new Silence(UUID.randomUUID().toString(), matchers, start, end, createdBy, comment);
    }

    static Duration parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("p")) {
            return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
        }
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(\\d+)\\s*(s|m|h|d)").matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("duration must look like 90m, 2h or 1d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
