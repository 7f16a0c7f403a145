package io.arrflow.alerts.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where open groups, their outage links and the incident state's start survive a restart. */
public interface GroupStore {

    Optional<Group> load(String key);

    void save(Group group);

    void delete(String key);

    /** The keys of the groups due for a look at {@code now}. */
    List<String> dueAt(Instant now);

    /** The group that holds the service's outage on this route, as last linked (check it still does). */
    Optional<String> outageGroup(String route, String service);

    void linkOutage(String route, String service, String groupKey);

    /** Forgets the link, unless it now points at another group. */
    void unlinkOutage(String route, String service, String groupKey);

    /** Records that the incident state begins now, unless it already began. */
    void markStateBegun(Instant now);

    /** When this incident state began: everything alert-bridge was told since then is in it. */
    Instant stateSince(Instant now);

    /** True the first time it is asked for the state that began at {@code since}. */
    boolean firstReportOfLoss(Instant since);

    List<Group> open();
}
