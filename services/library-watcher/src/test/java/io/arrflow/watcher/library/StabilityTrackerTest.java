package io.arrflow.watcher.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.watcher.library.StabilityTracker.Observation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StabilityTrackerTest {

    private static final Path DOWNLOADING = Path.of("/media/movies/Heat (1995)/Heat.mkv");
    private static final Instant T0 = Instant.parse("2026-11-23T20:00:00Z");

    private final StabilityTracker tracker = new StabilityTracker(Duration.ofSeconds(10));

    @Test
    void a_file_is_stable_after_a_quiet_period() {
        tracker.observe(DOWNLOADING, new Observation(100, 1), T0);

        assertThat(tracker.stable(T0.plusSeconds(9))).isEmpty();
        assertThat(tracker.stable(T0.plusSeconds(10))).containsExactly(DOWNLOADING);
        assertThat(tracker.tracked()).isEmpty();
    }

    @Test
    void a_growing_file_restarts_its_quiet_period() {
        tracker.observe(DOWNLOADING, new Observation(100, 1), T0);
        tracker.observe(DOWNLOADING, new Observation(200, 2), T0.plusSeconds(8));

        assertThat(tracker.stable(T0.plusSeconds(12))).isEmpty();
        assertThat(tracker.stable(T0.plusSeconds(18))).containsExactly(DOWNLOADING);
    }

    @Test
    void an_unchanged_observation_keeps_the_original_start() {
        tracker.observe(DOWNLOADING, new Observation(100, 1), T0);
        tracker.observe(DOWNLOADING, new Observation(100, 1), T0.plusSeconds(8));

        assertThat(tracker.stable(T0.plusSeconds(10))).containsExactly(DOWNLOADING);
    }

    @Test
    void a_forgotten_file_is_never_reported() {
        tracker.observe(DOWNLOADING, new Observation(100, 1), T0);
        tracker.forget(DOWNLOADING);

        assertThat(tracker.stable(T0.plusSeconds(60))).isEmpty();
    }
}
