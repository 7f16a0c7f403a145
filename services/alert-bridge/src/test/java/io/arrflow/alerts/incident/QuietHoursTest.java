package io.arrflow.alerts.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.alert.Severity;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private final QuietHours nights =
            new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), ZoneId.of("Europe/Berlin"), Severity.CRITICAL);

    @Test
    void a_warning_at_night_waits_until_the_morning() {
        Instant lateEvening = Instant.parse("2026-11-23T22:30:00Z"); // 23:30 in Berlin

        assertThat(nights.deferUntil(lateEvening, Severity.WARNING))
                .contains(Instant.parse("2026-11-24T06:00:00Z")); // 07:00 in Berlin
    }

    @Test
    void a_warning_after_midnight_waits_until_the_same_morning() {
        assertThat(nights.deferUntil(Instant.parse("2026-11-24T02:00:00Z"), Severity.INFO))
                .contains(Instant.parse("2026-11-24T06:00:00Z"));
    }

    @Test
    void a_critical_alert_goes_out_at_night() {
        assertThat(nights.deferUntil(Instant.parse("2026-11-23T23:30:00Z"), Severity.CRITICAL))
                .isEmpty();
    }

    @Test
    void during_the_day_nothing_waits() {
        assertThat(nights.deferUntil(Instant.parse("2026-11-23T12:00:00Z"), Severity.INFO))
                .isEmpty();
    }

    @Test
    void a_window_within_one_day_holds_messages_until_it_ends() {
        QuietHours lunch =
                new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0), ZoneId.of("UTC"), Severity.CRITICAL);

        assertThat(lunch.deferUntil(Instant.parse("2026-11-23T12:15:00Z"), Severity.WARNING))
                .contains(Instant.parse("2026-11-23T13:00:00Z"));
        assertThat(lunch.deferUntil(Instant.parse("2026-11-23T13:15:00Z"), Severity.WARNING))
                .isEmpty();
    }

    @Test
    void no_quiet_hours_configured_never_defers() {
        assertThat(QuietHours.none().deferUntil(Instant.parse("2026-11-23T23:30:00Z"), Severity.INFO))
                .isEmpty();
    }
}
