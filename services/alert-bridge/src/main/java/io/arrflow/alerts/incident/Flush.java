package io.arrflow.alerts.incident;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Notification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A due group turned into its message: the current firing alerts, the RESOLVED owed, the new
 * notices; or a reminder when nothing changed but it still fires. Silenced FIRINGs and notices are
 * left out; a RESOLVED is always told when its FIRING was.
 *
 * @param notification the message to send, if any
 * @param next the group after sending it; empty when nothing is left to track
 */
public record Flush(Optional<Notification> notification, Optional<Group> next) {

    public static Flush of(Group group, Timing timing, Instant now, Predicate<Alert> muted) {
        Map<String, Tracked> told = new LinkedHashMap<>();
        Map<String, Tracked> held = new LinkedHashMap<>();
        group.alerts().forEach((slot, tracked) -> {
            boolean mutedNow = tracked.alert().status() != AlertStatus.RESOLVED && muted.test(tracked.alert());
            (mutedNow ? held : told).put(slot, tracked);
        });
        boolean changed = told.values().stream().anyMatch(Tracked::pending);
        boolean reminder = !changed
                && reminderDue(group, timing, now)
                && told.values().stream().anyMatch(Flush::firingTold);
        if (!changed && !reminder) {
            return new Flush(Optional.empty(), remaining(group, told, held, timing, now, false));
        }
        Notification notification = message(group, told.values(), reminder, now);
        return new Flush(Optional.of(notification), remaining(group, told, held, timing, now, true));
    }

    private static Notification message(Group group, Collection<Tracked> told, boolean reminder, Instant now) {
        List<Alert> firing = new ArrayList<>();
        List<Alert> resolved = new ArrayList<>();
        List<Alert> notices = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        for (Tracked t : told) {
            switch (t.alert().status()) {
                case FIRING -> firing.add(t.alert());
                case RESOLVED -> resolved.add(t.alert());
                case NOTICE -> notices.add(t.alert());
            }
            if (t.alert().status() == AlertStatus.FIRING && t.pending()) {
                fresh.add(t.alert().fingerprint());
            }
        }
        return new Notification(group.key(), group.route(), firing, resolved, notices, fresh, reminder, now);
    }

    private static Optional<Group> remaining(
            Group group,
            Map<String, Tracked> told,
            Map<String, Tracked> held,
            Timing timing,
            Instant now,
            boolean sent) {
        Map<String, Tracked> left = new LinkedHashMap<>();
        told.forEach((slot, t) -> {
            if (t.firing()) {
                left.put(slot, t.toldNow());
            }
        });
        held.forEach((slot, t) -> {
            if (t.firing()) {
                left.put(slot, t);
            }
        });
        if (left.isEmpty()) {
            return Optional.empty();
        }
        Instant last = sent ? now : group.lastNotifiedAt();
        Instant due = nextDue(left, timing, now, last);
        return Optional.of(new Group(group.key(), group.route(), left, last, due));
    }

    private static Instant nextDue(Map<String, Tracked> left, Timing timing, Instant now, Instant last) {
        if (left.values().stream().anyMatch(Tracked::pending)) {
            return now.plus(timing.groupInterval()); // silenced for now: look again later
        }
        if (!timing.remindsWhileFiring()) {
            return null;
        }
        Instant base = last == null ? now : last;
        Instant reminder = base.plus(timing.repeatInterval());
        return reminder.isAfter(now) ? reminder : now.plus(timing.repeatInterval());
    }

    private static boolean reminderDue(Group group, Timing timing, Instant now) {
        return timing.remindsWhileFiring()
                && (group.lastNotifiedAt() == null
                        || !now.isBefore(group.lastNotifiedAt().plus(timing.repeatInterval())));
    }

    private static boolean firingTold(Tracked t) {
        return t.told() && t.alert().status() == AlertStatus.FIRING;
    }
}
