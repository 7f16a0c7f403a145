package io.arrflow.prober.state;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/** A time when a target's failures are expected and not reported. */
public sealed interface MaintenanceWindow {

    /** The end of the window if {@code now} lies inside it. */
    Optional<Instant> activeUntil(Instant now);

    /** A single window, e.g. an announced upgrade. */
    record OneOff(Instant from, Instant until) implements MaintenanceWindow {
        @Override
        public Optional<Instant> activeUntil(Instant now) {
            return !now.isBefore(from) && now.isBefore(until) ? Optional.of(until) : Optional.empty();
        }
    }

    /** A window every week on the given days, e.g. Sundays 03:00 for 2 h in Europe/Berlin. */
    record Weekly(Set<DayOfWeek> days, LocalTime start, Duration length, ZoneId zone) implements MaintenanceWindow {

        public Weekly {
            days = Set.copyOf(days);
        }

        @Override
        public Optional<Instant> activeUntil(Instant now) {
            ZonedDateTime local = now.atZone(zone);
            long lookBackDays = length.toDays() + 1;
            for (long back = 0; back <= lookBackDays; back++) {
                ZonedDateTime day = local.minusDays(back);
                if (days.contains(day.getDayOfWeek())) {
                    Instant begin = day.with(start).toInstant();
                    Instant end = begin.plus(length);
                    if (!now.isBefore(begin) && now.isBefore(end)) {
                        return Optional.of(end);
                    }
                }
            }
            return Optional.empty();
        }
    }
}
