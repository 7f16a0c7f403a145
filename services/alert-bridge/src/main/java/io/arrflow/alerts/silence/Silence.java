package io.arrflow.alerts.silence;

import io.arrflow.alerts.alert.Alert;
import java.time.Instant;
import java.util.List;

/** Mutes the FIRINGs and notices whose labels match every matcher, between two instants. */
public record Silence(
        String id, List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy, String comment) {

    public Silence {
        matchers = matchers == null ? List.of() : List.copyOf(matchers);
        if (matchers.isEmpty()) {
            throw new IllegalArgumentException("a silence needs at least one matcher");
        }
        if (endsAt == null || (startsAt != null && !endsAt.isAfter(startsAt))) {
            throw new IllegalArgumentException("a silence needs an endsAt after its startsAt");
        }
    }

    public boolean activeAt(Instant now) {
        return (startsAt == null || !now.isBefore(startsAt)) && now.isBefore(endsAt);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(endsAt);
    }

    public boolean mutes(Alert alert, Instant now) {
        var labels = alert.allLabels();
        return activeAt(now) && matchers.stream().allMatch(m -> m.matches(labels));
    }
}
