package io.arrflow.prober.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaintenanceWindowTest {

    private final MaintenanceWindow sundayNights = new MaintenanceWindow.Weekly(
            Set.of(DayOfWeek.SUNDAY), LocalTime.of(23, 0), Duration.ofHours(3), ZoneId.of("Europe/Berlin"));

    @Test
    void a_weekly_window_is_active_on_its_day_after_its_start() {
        // Sunday 2026-03-01 23:30 in Berlin is 22:30 UTC
        assertThat(sundayNights.activeUntil(Instant.parse("2026-03-01T22:30:00Z")))
                .contains(Instant.parse("2026-03-02T01:00:00Z"));
    }

    @Test
    void a_weekly_window_reaches_into_the_next_morning() {
        assertThat(sundayNights.activeUntil(Instant.parse("2026-03-01T23:59:00Z")))
                .isPresent();
        assertThat(sundayNights.activeUntil(Instant.parse("2026-03-02T01:00:00Z")))
                .isEmpty();
    }

    @Test
    void a_weekly_window_is_not_active_on_other_days() {
        assertThat(sundayNights.activeUntil(Instant.parse("2026-03-03T22:30:00Z")))
                .isEmpty();
    }

    @Test
    void a_one_off_window_covers_from_its_start_up_to_but_not_including_its_end() {
        MaintenanceWindow upgrade = new MaintenanceWindow.OneOff(
                Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T11:00:00Z"));

        assertThat(upgrade.activeUntil(Instant.parse("2026-03-01T10:00:00Z"))).isPresent();
        assertThat(upgrade.activeUntil(Instant.parse("2026-03-01T11:00:00Z"))).isEmpty();
        assertThat(upgrade.activeUntil(Instant.parse("2026-03-01T09:59:59Z"))).isEmpty();
    }

    @Test
    void overlapping_windows_last_until_the_later_end() {
        Instant now = Instant.parse("2026-03-01T10:30:00Z");
        Rules rules = new Rules(
                3,
                2,
                List.of(),
                List.of(
                        new MaintenanceWindow.OneOff(now.minusSeconds(60), now.plusSeconds(60)),
                        new MaintenanceWindow.OneOff(now.minusSeconds(60), now.plusSeconds(600))));

        assertThat(rules.maintenanceUntil(now)).contains(now.plusSeconds(600));
    }
}
