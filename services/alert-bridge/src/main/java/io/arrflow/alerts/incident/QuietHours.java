package io.arrflow.alerts.incident;

import io.arrflow.alerts.alert.Severity;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A daily window (e.g. 22:00–07:00) in which messages below {@code bypass} severity wait until the
 * window ends; they are then sent as one message per group.
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone, Severity bypass) {

    public static QuietHours none() {
        return new QuietHours(null, null, ZoneId.of("UTC"), Severity.INFO);
    }

    /** When a message of this severity may go out, if not now. */
    public Optional<Instant> deferUntil(Instant now, Severity severity) {
        if (start == null || end == null || start.equals(end) || severity.atLeast(bypass)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = start.isAfter(end);
        boolean quiet =
                overnight ? !time.isBefore(start) || time.isBefore(end) : !time.isBefore(start) && time.isBefore(end);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime endToday = local.with(end);
        ZonedDateTime until = endToday.isAfter(local) ? endToday : endToday.plusDays(1);
        return Optional.of(until.toInstant());
    }
}
