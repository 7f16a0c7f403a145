package io.arrflow.alerts.incident;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An alert in a group: one incident, however many sources report it.
 *
 * @param alert what the incident is told as: the report that opened it, or its latest change
 * @param told a FIRING of it was notified, so it is owed a RESOLVED
 * @param pending it changed since the last notification and will be in the next one
 * @param reports fingerprints of the reports that still say it fires (health-prober's event, Alertmanager's
 *     alerts about the same service); it resolves when the last of them does
 */
public record Tracked(Alert alert, boolean told, boolean pending, Set<String> reports) {

    public Tracked {
        if (reports == null) { // stored before reports were tracked: the alert was its only report
            reports = alert.status() == AlertStatus.FIRING ? Set.of(alert.fingerprint()) : Set.of();
        }
        reports = Set.copyOf(reports);
    }

    static Tracked opened(Alert alert) {
        return new Tracked(alert, false, true, Set.of(alert.fingerprint()));
    }

    /** One more source reports the same incident: nothing new to tell. */
    Tracked alsoReportedBy(String fingerprint) {
        Set<String> more = new LinkedHashSet<>(reports);
        more.add(fingerprint);
        return new Tracked(alert, told, pending, more);
    }

    /** One source no longer reports it while others still do: nothing new to tell. */
    Tracked noLongerReportedBy(String fingerprint) {
        Set<String> fewer = new LinkedHashSet<>(reports);
        fewer.remove(fingerprint);
        return new Tracked(alert, told, pending, fewer);
    }

    Tracked toldNow() {
        return new Tracked(alert, true, false, reports);
    }

    boolean firing() {
        return alert.status() == AlertStatus.FIRING;
    }
}
