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

    /** Takes an alert in; says whether anything changed that must be told. */
    public Received receive(Alert alert, Timing timing, Instant now) {
        Tracked existing = alerts.get(alert.fingerprint());
        Tracked next = Transitions.next(existing, alert);
        if (next == existing) {
            return new Received(this, existing == null ? Change.IGNORED : Change.DUPLICATE);
        }
        Group changed = with(a -> {
            if (next == null) {
                a.remove(alert.fingerprint());
            } else {
                a.put(alert.fingerprint(), next);
            }
            return a;
        });
        boolean tellsSomething = next != null && next.pending();
        Instant due = tellsSomething ? changed.dueAfterChange(timing, now) : dueAt;
        return new Received(changed.dueAt(due), existing == null ? Change.NEW : Change.UPDATED);
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

    private Instant dueAfterChange(Timing timing, Instant now) {
        Instant wanted = lastNotifiedAt == null
                ? now.plus(timing.groupWait())
                : latest(now, lastNotifiedAt.plus(timing.groupInterval()));
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
