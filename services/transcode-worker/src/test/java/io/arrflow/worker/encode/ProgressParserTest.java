package io.arrflow.worker.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressParserTest {

    @Test
    void turns_a_progress_block_into_percent_fps_speed_and_eta() {
        ProgressParser parser = new ProgressParser(100);

        assertThat(parser.accept("frame=250")).isEmpty();
        parser.accept("fps=48.5");
        parser.accept("out_time_us=25000000");
        parser.accept("speed=2.5x");
        Optional<Progress> progress = parser.accept("progress=continue");

        assertThat(progress).contains(new Progress(25.0, 48.5, 2.5, 30));
    }

    @Test
    void the_end_block_is_one_hundred_percent() {
        ProgressParser parser = new ProgressParser(10);
        parser.accept("speed=N/A");
        parser.accept("out_time_us=N/A");

        assertThat(parser.accept("progress=end")).contains(new Progress(100, 0, 0, 0));
    }

    @Test
    void an_unknown_speed_gives_no_eta_and_lines_without_a_value_are_ignored() {
        ProgressParser parser = new ProgressParser(0);

        assertThat(parser.accept("garbage")).isEmpty();
        assertThat(parser.accept("progress=continue")).contains(new Progress(0, 0, 0, -1));
    }

    @Test
    void lets_at_most_one_update_through_per_interval_but_always_the_last() {
        MutableClock clock = new MutableClock();
        Throttle throttle = new Throttle(clock, Duration.ofSeconds(1));
        Progress half = new Progress(50, 1, 1, 1);

        assertThat(throttle.allows(half)).isTrue();
        clock.advance(Duration.ofMillis(400));
        assertThat(throttle.allows(half)).isFalse();
        assertThat(throttle.allows(new Progress(100, 1, 1, 0))).isTrue();
        clock.advance(Duration.ofMillis(1000));
        assertThat(throttle.allows(half)).isTrue();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
