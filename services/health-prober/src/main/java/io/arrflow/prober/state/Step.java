package io.arrflow.prober.state;

import io.arrflow.model.HealthMessage;
import java.util.List;

/** The outcome of one probe: the target's new status and the transitions to announce (often none). */
public record Step(TargetStatus status, List<HealthMessage> events) {

    public Step {
        events = List.copyOf(events);
    }
}
