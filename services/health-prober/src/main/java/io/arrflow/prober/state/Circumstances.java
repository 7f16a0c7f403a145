package io.arrflow.prober.state;

import java.time.Instant;

/**
 * What else is true when a probe result arrives.
 *
 * @param maintenanceUntil end of the maintenance window now, or null outside one
 * @param blockedBy a dependency that is not up, or null
 */
public record Circumstances(Instant now, Instant maintenanceUntil, String blockedBy) {

    public static Circumstances at(Instant now) {
        return new Circumstances(now, null, null);
    }

    boolean inMaintenance() {
        return maintenanceUntil != null;
    }

    boolean blocked() {
        return blockedBy != null;
    }
}
