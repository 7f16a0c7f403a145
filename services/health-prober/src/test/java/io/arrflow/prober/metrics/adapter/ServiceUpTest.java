package io.arrflow.prober.metrics.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.prober.state.Health;
import io.arrflow.prober.state.TargetStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceUpTest {

    private static double upWhile(Health health) {
        return ProberMetrics.up(
                new TargetStatus("sonarr", "arr", health, Instant.EPOCH, 0, 0, "", null, 0, null, null, Map.of()));
    }

    @Test
    void a_target_counts_as_up_unless_it_is_down_or_pending() {
        assertThat(upWhile(Health.UP)).isEqualTo(1);
        assertThat(upWhile(Health.DOWN)).isZero();
        assertThat(upWhile(Health.PENDING)).isZero();
    }

    @Test
    void a_maintenance_window_is_not_an_outage_for_prometheus() {
        assertThat(upWhile(Health.MAINTENANCE)).isEqualTo(1);
    }
}
