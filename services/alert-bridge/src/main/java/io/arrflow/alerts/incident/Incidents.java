package io.arrflow.alerts.incident;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Notification;
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
        List<Group.Change> changes =
                routes.stream().map(route -> accept(route, alert)).toList();
        if (alert.status() == AlertStatus.RESOLVED
                && !changes.isEmpty()
                && changes.stream().allMatch(c -> c == Group.Change.IGNORED)) {
            orphaned(alert, routes);
        }
        return changes;
    }

    private Group.Change accept(Route route, Alert alert) {
        Group group = outageGroup(route, alert).orElseGet(() -> {
            String key = route.groupKey(alert);
            return store.load(key).orElseGet(() -> Group.open(key, route.name()));
        });
        Group.Received received = group.receive(alert, timing, clock.instant());
        save(received.group());
        if (alert.reportsOutage()) {
            if (received.group().holdsOutageOf(alert.service())) {
                store.linkOutage(route.name(), alert.service(), group.key());
            } else {
                store.unlinkOutage(route.name(), alert.service(), group.key());
            }
        }
        return received.change();
    }

    /** The group of this route that already holds the outage this alert reports, whichever source opened it. */
    private Optional<Group> outageGroup(Route route, Alert alert) {
        if (!alert.reportsOutage()) {
            return Optional.empty();
        }
        return store.outageGroup(route.name(), alert.service())
                .flatMap(store::load)
                .filter(group -> group.holdsOutageOf(alert.service()));
    }

    /** A RESOLVED that matches nothing held: logged; told once when incident state was lost since it began. */
    private void orphaned(Alert resolved, List<Route> routes) {
        Instant stateSince = store.stateSince(clock.instant());
        Optional<Alert> notice = LostState.notice(resolved, stateSince);
        if (notice.isEmpty()) {
            log.debug(
                    "RESOLVED {} {} ({}) matches no FIRING that was told; nothing to say",
                    resolved.name(),
                    resolved.subject(),
                    resolved.fingerprint());
            return;
        }
        log.warn(
                "RESOLVED {} {} ({}, began {}) matches no FIRING: incident state only goes back to {}, "
                        + "its FIRING may have been told and lost",
                resolved.name(),
                resolved.subject(),
                resolved.fingerprint(),
                resolved.since(),
                stateSince);
        if (store.firstReportOfLoss(stateSince)) {
            routes.forEach(route -> accept(route, notice.get()));
        }
    }

    /** Sends every group that is due; returns how many messages were queued. */
    public synchronized int flushDue() {
        Instant now = clock.instant();
        store.markStateBegun(now); // again after Redis lost everything: the new state begins about then
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
        forgetClosedOutages(group, flush.next());
        return queued;
    }

    private void forgetClosedOutages(Group before, Optional<Group> after) {
        before.alerts().values().stream()
                .map(t -> t.alert().service())
                .filter(service -> service != null
                        && after.map(g -> !g.holdsOutageOf(service)).orElse(true))
                .forEach(service -> store.unlinkOutage(before.route(), service, before.key()));
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
