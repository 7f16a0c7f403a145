package io.arrflow.alerts.incident;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The alerts of one route that share their group-by labels: one incident, one message at a time.
 * Immutable: every change returns the next state.
 *
 * @param alerts by fingerprint, in arrival order
 * @param dueAt when the group should be looked at next (first message, change, reminder), or null
 */
public record Group(String key, String route, Map<String, Tracked> alerts, Instant lastNotifiedAt, Instant dueAt) {

    public Group {
        alerts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(alerts));
    }

    public static Group open(String key, String route) {
        return new Group(key, route, Map.of(), null, null);
    }

    public boolean nothingLeft() {
        return alerts.isEmpty();
    }

    /**
     * Takes an alert in; says whether anything changed that must be told. A report of a service's outage
     * joins the incident this group already holds about that service, whichever source opened it.
     */
    public Received receive(Alert alert, Timing timing, Instant now) {
        String slot = slotOf(alert);
        Tracked existing = alerts.get(slot);
        Tracked next = Transitions.next(existing, alert);
        if (next == existing) {
            return new Received(this, existing == null ? Change.IGNORED : Change.DUPLICATE);
        }
        Group changed = with(a -> {
            if (next == null) {
                a.remove(slot);
            } else {
                a.put(slot, next);
            }
            return a;
        });
        boolean tellsSomething = next != null && next.pending();
        Instant due = tellsSomething ? changed.dueAfterChange(next, timing, now) : dueAt;
        return new Received(changed.dueAt(due), existing == null ? Change.NEW : Change.UPDATED);
    }

    /** Whether an incident about this service's outage is open here. */
    public boolean holdsOutageOf(String service) {
        return outageSlot(service) != null;
    }

    private String slotOf(Alert alert) {
        if (alerts.containsKey(alert.fingerprint()) || !alert.reportsOutage()) {
            return alert.fingerprint();
        }
        String slot = outageSlot(alert.service());
        return slot == null ? alert.fingerprint() : slot;
    }

    private String outageSlot(String service) {
        return alerts.entrySet().stream()
                .filter(e -> e.getValue().alert().status() != AlertStatus.NOTICE)
                .filter(e -> service.equals(e.getValue().alert().service()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    Group dueAt(Instant due) {
        return new Group(key, route, alerts, lastNotifiedAt, due);
    }

    Group notifiedAt(Instant at, Instant due) {
        return new Group(key, route, alerts, at, due);
    }

    Group with(UnaryOperator<Map<String, Tracked>> change) {
        return new Group(key, route, change.apply(new LinkedHashMap<>(alerts)), lastNotifiedAt, dueAt);
    }

    boolean hasFiring() {
        return alerts.values().stream().anyMatch(t -> t.alert().status() == AlertStatus.FIRING);
    }

    /**
     * A new group waits the group wait; a RESOLVED waits the resolve wait only; anything else new in a group
     * that was told already waits until the group interval has passed since its last message.
     */
    private Instant dueAfterChange(Tracked change, Timing timing, Instant now) {
        Instant wanted;
        if (change.alert().status() == AlertStatus.RESOLVED) {
            wanted = now.plus(timing.resolveWait());
        } else if (lastNotifiedAt == null) {
            wanted = now.plus(timing.groupWait());
        } else {
            wanted = latest(now, lastNotifiedAt.plus(timing.groupInterval()));
        }
        return dueAt != null && dueAt.isBefore(wanted) ? dueAt : wanted;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** What receiving an alert did. */
    public enum Change {
        NEW,
        UPDATED,
        DUPLICATE,
        IGNORED
    }

    public record Received(Group group, Change change) {}
}
