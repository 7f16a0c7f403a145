package io.arrflow.alerts.incident;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import java.util.Objects;

/** How one tracked alert changes when a report about it arrives; the same instance back means "nothing new". */
final class Transitions {

    private Transitions() {}

    static Tracked next(Tracked existing, Alert alert) {
        return switch (alert.status()) {
            case FIRING -> firing(existing, alert);
            case RESOLVED -> resolved(existing, alert);
            case NOTICE -> existing != null && existing.pending() ? existing : new Tracked(alert, false, true);
        };
    }

    private static Tracked firing(Tracked existing, Alert alert) {
        if (existing == null || existing.alert().status() == AlertStatus.NOTICE) {
            return new Tracked(alert, false, true);
        }
        boolean wasFiring = existing.alert().status() == AlertStatus.FIRING;
        if (wasFiring && sameContent(existing.alert(), alert)) {
            return existing;
        }
        if (!wasFiring && existing.told()) {
            // flapped back before its RESOLVED went out: the FIRING already told still holds
            return new Tracked(alert, true, false);
        }
        return new Tracked(alert, existing.told(), true);
    }

    private static Tracked resolved(Tracked existing, Alert alert) {
        if (existing == null || existing.alert().status() != AlertStatus.FIRING) {
            return existing;
        }
        if (!existing.told()) {
            // fired and resolved before anyone was told: nothing to say about it
            return null;
        }
        Alert resolved = existing.alert().withStatus(AlertStatus.RESOLVED, alert.at());
        String link = alert.link() == null ? resolved.link() : alert.link();
        return new Tracked(
                new Alert(
                        resolved.fingerprint(),
                        AlertStatus.RESOLVED,
                        resolved.source(),
                        resolved.name(),
                        resolved.subject(),
                        resolved.severity(),
                        alert.summary().isBlank() ? resolved.summary() : alert.summary(),
                        resolved.labels(),
                        link,
                        alert.at()),
                true,
                true);
    }

    private static boolean sameContent(Alert a, Alert b) {
        return a.severity() == b.severity() && Objects.equals(a.summary(), b.summary());
    }
}
