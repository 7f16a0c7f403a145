package io.arrflow.prober.state;

import io.arrflow.model.HealthMessage;
import io.arrflow.model.HealthMessage.ServiceDown;
import io.arrflow.model.HealthMessage.ServiceMaintenanceEnded;
import io.arrflow.model.HealthMessage.ServiceMaintenanceStarted;
import io.arrflow.model.HealthMessage.ServicePending;
import io.arrflow.model.HealthMessage.ServiceRecovered;
import io.arrflow.prober.state.Observation.Failing;
import io.arrflow.prober.state.Observation.Healthy;
import io.arrflow.prober.state.Observation.Pending;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns probe results into states, Gatus-style: a target goes DOWN (or PENDING) only after {@code
 * failureThreshold} bad probes in a row and recovers only after {@code successThreshold} good ones.
 * In a maintenance window, or while a dependency is not up, failures are counted but not announced.
 */
public final class StateMachine {

    private final Rules rules;

    public StateMachine(Rules rules) {
        this.rules = rules;
    }

    public Step next(TargetStatus current, Observation seen, Circumstances now) {
        TargetStatus counted = current.observed(seen, now.now(), now.blockedBy(), now.maintenanceUntil());
        List<HealthMessage> events = new ArrayList<>();
        TargetStatus next;
        if (now.inMaintenance()) {
            next = maintain(counted, now, events);
        } else if (counted.health() == Health.MAINTENANCE) {
            events.add(new ServiceMaintenanceEnded(counted.name()));
            next = evaluate(counted.moveTo(Health.UP, now.now()), seen, now, events);
        } else {
            next = evaluate(counted, seen, now, events);
        }
        return new Step(next, events);
    }

    private static TargetStatus maintain(TargetStatus counted, Circumstances now, List<HealthMessage> events) {
        if (counted.health() == Health.MAINTENANCE) {
            return counted;
        }
        events.add(new ServiceMaintenanceStarted(counted.name(), now.maintenanceUntil()));
        return counted.moveTo(Health.MAINTENANCE, now.now());
    }

    private TargetStatus evaluate(
            TargetStatus status, Observation seen, Circumstances now, List<HealthMessage> events) {
        return switch (status.health()) {
            case UP -> fromUp(status, seen, now, events);
            case PENDING -> fromPending(status, seen, now, events);
            case DOWN -> recoverIfStable(status, now, events);
            case MAINTENANCE -> status;
        };
    }

    private TargetStatus fromUp(TargetStatus status, Observation seen, Circumstances now, List<HealthMessage> events) {
        if (seen.healthy() || status.failures() < rules.failureThreshold() || now.blocked()) {
            return status;
        }
        return switch (seen) {
            case Healthy ignored -> status;
            case Pending pending -> {
                events.add(new ServicePending(status.name(), status.kind(), pending.reason()));
                yield status.moveTo(Health.PENDING, now.now());
            }
            case Failing failing -> goDown(status, failing, now, events, now.now());
        };
    }

    private TargetStatus fromPending(
            TargetStatus status, Observation seen, Circumstances now, List<HealthMessage> events) {
        if (seen instanceof Failing failing && !now.blocked()) {
            return goDown(status, failing, now, events, status.since());
        }
        return recoverIfStable(status, now, events);
    }

    private TargetStatus goDown(
            TargetStatus status, Failing failing, Circumstances now, List<HealthMessage> events, Instant since) {
        Map<String, String> evidence = new HashMap<>(failing.evidence());
        evidence.put("failures", String.valueOf(status.failures()));
        evidence.put("latencyMs", String.valueOf(failing.latency().toMillis()));
        events.add(new ServiceDown(status.name(), status.kind(), failing.reason(), since, evidence));
        return status.moveTo(Health.DOWN, since);
    }

    private TargetStatus recoverIfStable(TargetStatus status, Circumstances now, List<HealthMessage> events) {
        if (status.successes() < rules.successThreshold()) {
            return status;
        }
        long downSeconds = Duration.between(status.since(), now.now()).toSeconds();
        events.add(new ServiceRecovered(status.name(), status.kind(), status.since(), downSeconds));
        return status.moveTo(Health.UP, now.now());
    }
}
