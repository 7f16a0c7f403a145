package io.arrflow.alerts.incident;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Severity;
import io.arrflow.alerts.routing.Route;
import io.arrflow.alerts.routing.Router;
import io.arrflow.alerts.silence.Silence;
import io.arrflow.alerts.silence.SilenceStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes alerts into their groups and sends the groups that are due. One lock keeps the
 * read-change-write of a group whole (alert-bridge runs as one instance).
 */
public final class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    /** Where a due group's message goes. */
    @FunctionalInterface
    public interface Outbox {
        int send(Route route, Notification notification);
    }

    private final GroupStore store;
    private final Router router;
    private final Timing timing;
    private final QuietHours quietHours;
    private final SilenceStore silences;
    private final NoticeDedupe notices;
    private final Outbox outbox;
    private final Clock clock;

    Incidents(
            GroupStore store,
            Router router,
            Timing timing,
            QuietHours quietHours,
            SilenceStore silences,
            NoticeDedupe notices,
            Outbox outbox,
            Clock clock) {
        this.store = store;
        this.router = router;
        this.timing = timing;
        this.quietHours = quietHours;
        this.silences = silences;
        this.notices = notices;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Returns the changes the alert made, one per route it took. */
    public synchronized List<Group.Change> accept(Alert alert) {
        if (alert.status() == AlertStatus.NOTICE && !notices.firstTime(alert.fingerprint())) {
            return List.of(Group.Change.DUPLICATE);
        }
        List<Route> routes = router.routesFor(alert);
        if (routes.isEmpty()) {
            log.debug("no route for {} {}", alert.name(), alert.subject());
        }
        return routes.stream().map(route -> accept(route, alert)).toList();
    }

    private Group.Change accept(Route route, Alert alert) {
        String key = route.groupKey(alert);
        Group group = store.load(key).orElseGet(() -> Group.open(key, route.name()));
        Group.Received received = group.receive(alert, timing, clock.instant());
        save(received.group());
        return received.change();
    }

    /** Sends every group that is due; returns how many messages were queued. */
    public synchronized int flushDue() {
        Instant now = clock.instant();
        List<String> due = store.dueAt(now);
        if (due.isEmpty()) {
            return 0;
        }
        List<Silence> current = silences.current(now);
        Predicate<Alert> muted = alert -> current.stream().anyMatch(s -> s.mutes(alert, now));
        int queued = 0;
        for (String key : due) {
            queued += store.load(key).map(group -> flush(group, muted, now)).orElse(0);
        }
        return queued;
    }

    private int flush(Group group, Predicate<Alert> muted, Instant now) {
        Optional<Instant> quietUntil = quietHours.deferUntil(now, severity(group));
        if (quietUntil.isPresent()) {
            store.save(group.dueAt(quietUntil.get()));
            return 0;
        }
        Flush flush = Flush.of(group, timing, now, muted);
        int queued = flush.notification().map(n -> send(group, n)).orElse(0);
        flush.next().ifPresentOrElse(store::save, () -> store.delete(group.key()));
        return queued;
    }

    private int send(Group group, Notification notification) {
        Optional<Route> route = router.route(group.route());
        if (route.isEmpty()) {
            log.warn(
                    "route {} of group {} is no longer configured; its message is dropped", group.route(), group.key());
            return 0;
        }
        return outbox.send(route.get(), notification);
    }

    public synchronized List<Group> open() {
        return store.open();
    }

    private void save(Group group) {
        if (group.nothingLeft()) {
            store.delete(group.key());
        } else {
            store.save(group);
        }
    }

    private static Severity severity(Group group) {
        return group.alerts().values().stream()
                .map(t -> t.alert().severity())
                .max(Enum::compareTo)
                .orElse(Severity.INFO);
    }
}
