package io.arrflow.prober.state;

import java.time.Instant;
import java.util.Map;

/**
 * A target's state, its streaks and what it last saw. The state and streaks survive a restart
 * (Redis); the evidence and latency are refreshed by the next probe.
 *
 * @param since when the target entered its current state
 * @param failures consecutive failed or pending probes
 * @param successes consecutive healthy probes
 * @param checkedAt the last probe, or null before the first one
 * @param blockedBy the dependency that is not up, whose failures hide this target's, or null
 * @param maintenanceUntil end of the current maintenance window, or null
 */
public record TargetStatus(
        String name,
        String kind,
        Health health,
        Instant since,
        int failures,
        int successes,
        String reason,
        Instant checkedAt,
        long latencyMs,
        String blockedBy,
        Instant maintenanceUntil,
        Map<String, String> evidence) {

    public TargetStatus {
        reason = reason == null ? "" : reason;
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }

    /** A target never probed before: assumed up, so a healthy stack announces nothing at start. */
    public static TargetStatus unknown(String name, String kind, Instant now) {
        return new TargetStatus(name, kind, Health.UP, now, 0, 0, "", null, 0, null, null, Map.of());
    }

    /** Not up, or failing right now: the targets depending on it are not judged meanwhile. */
    boolean troubled() {
        return health != Health.UP || failures > 0;
    }

    TargetStatus moveTo(Health next, Instant at) {
        return new TargetStatus(
                name,
                kind,
                next,
                at,
                failures,
                successes,
                reason,
                checkedAt,
                latencyMs,
                blockedBy,
                maintenanceUntil,
                evidence);
    }

    TargetStatus observed(Observation seen, Instant at, String blocker, Instant maintenance) {
        boolean healthy = seen.healthy();
        return new TargetStatus(
                name,
                kind,
                health,
                since,
                healthy ? 0 : failures + 1,
                healthy ? successes + 1 : 0,
                seen.reason(),
                at,
                seen.latency().toMillis(),
                blocker,
                maintenance,
                seen.evidence());
    }
}
