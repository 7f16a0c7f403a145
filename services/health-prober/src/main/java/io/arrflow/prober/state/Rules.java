package io.arrflow.prober.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a target's probes become states.
 *
 * @param failureThreshold consecutive failures before DOWN is announced
 * @param successThreshold consecutive successes before a recovery is announced
 * @param dependsOn targets whose outage explains this one's (a container and the app in it)
 */
public record Rules(
        int failureThreshold, int successThreshold, List<String> dependsOn, List<MaintenanceWindow> maintenance) {

    public Rules {
        if (failureThreshold < 1 || successThreshold < 1) {
            throw new IllegalArgumentException("thresholds must be at least 1");
        }
        dependsOn = List.copyOf(dependsOn);
        maintenance = List.copyOf(maintenance);
    }

    /** The end of the maintenance window {@code now} lies in, the latest if several overlap. */
    public Optional<Instant> maintenanceUntil(Instant now) {
        return maintenance.stream()
                .map(window -> window.activeUntil(now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }
}
