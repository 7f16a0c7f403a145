package io.arrflow.alerts.incident;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * A RESOLVED that matches no FIRING alert-bridge holds. Mostly nothing was told about it (a recovery from
 * a state that was never announced, a problem that ended within the group wait, a rotation that succeeded
 * without an earlier failure). But when the problem began before alert-bridge's incident state did, its
 * FIRING may have been told and the record of it lost (Redis emptied or replaced without its data): then the
 * user hears that, once per loss.
 */
final class LostState {

    static final String NAME = "IncidentStateLost";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private LostState() {}

    /** Whether the orphan's problem began before the state did, so its FIRING may have been told and lost. */
    static boolean predates(Alert orphan, Instant stateSince) {
        return orphan.since() != null && orphan.since().isBefore(stateSince);
    }

    /** The notice that tells the user the state was lost, if this orphan shows it. */
    static Optional<Alert> notice(Alert orphan, Instant stateSince) {
        if (!predates(orphan, stateSince)) {
            return Optional.empty();
        }
        String about = orphan.name() + (orphan.subject() == null ? "" : " " + orphan.subject());
        String summary = about + " is over (it began " + TIME.format(orphan.since())
                + "), but alert-bridge has no record of it: its incident state only goes back to "
                + TIME.format(stateSince) + " (was Redis emptied?). Problems told before then get no RESOLVED"
                + " from it; check their state.";
        return Optional.of(new Alert(
                "alert-bridge:state-lost:" + stateSince.toEpochMilli(),
                AlertStatus.NOTICE,
                "alert-bridge",
                NAME,
                "alert-bridge",
                Severity.WARNING,
                summary,
                Map.of(),
                orphan.link(),
                orphan.at()));
    }
}
