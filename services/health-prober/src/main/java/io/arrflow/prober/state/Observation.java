package io.arrflow.prober.state;

import java.time.Duration;
import java.util.Map;

/** What one probe of a target saw. Evidence never carries a secret. */
public sealed interface Observation {

    Duration latency();

    Map<String, String> evidence();

    /** The target answered as expected. */
    record Healthy(Duration latency, Map<String, String> evidence) implements Observation {
        public Healthy {
            evidence = Map.copyOf(evidence);
        }
    }

    /** The target failed the probe, for the given one-line reason. */
    record Failing(String reason, Duration latency, Map<String, String> evidence) implements Observation {
        public Failing {
            evidence = Map.copyOf(evidence);
        }
    }

    /** The target is neither up nor down yet, e.g. a container that is restarting. */
    record Pending(String reason, Duration latency, Map<String, String> evidence) implements Observation {
        public Pending {
            evidence = Map.copyOf(evidence);
        }
    }

    default boolean healthy() {
        return this instanceof Healthy;
    }

    /** The reason to show, empty for a healthy observation. */
    default String reason() {
        return switch (this) {
            case Healthy ignored -> "";
            case Failing failing -> failing.reason();
            case Pending pending -> pending.reason();
        };
    }
}
