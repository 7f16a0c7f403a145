package io.arrflow.alerts.alert;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * One message about one group: what fires now, what resolved and which one-off notices came in.
 *
 * @param fresh fingerprints of the firing alerts that are new since the last message
 * @param reminder nothing changed; it still fires
 */
public record Notification(
        String groupKey,
        String route,
        List<Alert> firing,
        List<Alert> resolved,
        List<Alert> notices,
        List<String> fresh,
        boolean reminder,
        Instant at) {

    public Notification {
        firing = List.copyOf(firing);
        resolved = List.copyOf(resolved);
        notices = List.copyOf(notices);
        fresh = List.copyOf(fresh);
    }

    public AlertStatus status() {
        if (!firing.isEmpty()) {
            return AlertStatus.FIRING;
        }
        return resolved.isEmpty() ? AlertStatus.NOTICE : AlertStatus.RESOLVED;
    }

    public Severity severity() {
        return all().map(Alert::severity).max(Enum::compareTo).orElse(Severity.INFO);
    }

    public Stream<Alert> all() {
        return Stream.of(firing, resolved, notices).flatMap(List::stream);
    }

    /** The first link any alert carries (Alertmanager's external URL, the arr's URL), or null. */
    public String link() {
        return all().map(Alert::link)
                .filter(l -> l != null && !l.isBlank())
                .findFirst()
                .orElse(null);
    }
}
