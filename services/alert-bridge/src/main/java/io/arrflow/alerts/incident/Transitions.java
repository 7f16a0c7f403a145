package io.arrflow.alerts.incident;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import java.util.Objects;
import java.util.Set;

/**
 * How one tracked incident changes when a report about it arrives; the same instance back means "nothing
 * new". An incident may have several reports (health-prober's event and Alertmanager's alerts about the same
 * service): the first FIRING is told, the others join it silently, and it resolves when the last one does.
 */
final class Transitions {

    private Transitions() {}

    static Tracked next(Tracked existing, Alert alert) {
        return switch (alert.status()) {
            case FIRING -> firing(existing, alert);
            case RESOLVED -> resolved(existing, alert);
            case NOTICE ->
                existing != null && existing.pending() ? existing : new Tracked(alert, false, true, Set.of());
        };
    }

    private static Tracked firing(Tracked existing, Alert alert) {
        if (existing == null || existing.alert().status() == AlertStatus.NOTICE) {
            return Tracked.opened(alert);
        }
        if (existing.firing()) {
            boolean changed =
                    existing.alert().fingerprint().equals(alert.fingerprint()) && !sameContent(existing.alert(), alert);
            if (changed) {
                return new Tracked(alert, existing.told(), true, existing.reports())
                        .alsoReportedBy(alert.fingerprint());
            }
            // the same report again, or another source about the same outage joining it untold
            return existing.reports().contains(alert.fingerprint())
                    ? existing
                    : existing.alsoReportedBy(alert.fingerprint());
        }
        if (existing.told()) {
            // flapped back before its RESOLVED went out: the FIRING already told still holds
            return new Tracked(alert, true, false, Set.of(alert.fingerprint()));
        }
        return Tracked.opened(alert);
    }

    private static Tracked resolved(Tracked existing, Alert alert) {
        if (existing == null || !existing.firing() || !existing.reports().contains(alert.fingerprint())) {
            return existing;
        }
        if (existing.reports().size() > 1) {
            return existing.noLongerReportedBy(alert.fingerprint()); // another source still sees it down
        }
        if (!existing.told()) {
            // fired and resolved before anyone was told: nothing to say about it
            return null;
        }
        Alert was = existing.alert();
        return new Tracked(
                new Alert(
                        was.fingerprint(),
                        AlertStatus.RESOLVED,
                        was.source(),
                        was.name(),
                        was.subject(),
                        was.severity(),
                        alert.summary().isBlank() ? was.summary() : alert.summary(),
                        was.labels(),
                        alert.link() == null ? was.link() : alert.link(),
                        alert.at(),
                        was.service(),
                        was.since()),
                true,
                true,
                Set.of());
    }

    private static boolean sameContent(Alert a, Alert b) {
        return a.severity() == b.severity() && Objects.equals(a.summary(), b.summary());
    }
}
