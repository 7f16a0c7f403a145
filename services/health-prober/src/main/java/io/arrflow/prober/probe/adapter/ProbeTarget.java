package io.arrflow.prober.probe.adapter;

import io.arrflow.prober.probe.Endpoint;
import io.arrflow.prober.probe.Probe;
import io.arrflow.prober.state.Observation;
import java.time.Duration;

/**
 * A configured target with the probe that checks it.
 *
 * @param endpoint where a network target listens, named in the reasons of its failures; null for the others
 */
public record ProbeTarget(String name, String kind, Probe probe, Endpoint endpoint) {

    /** Probes once; an exception is a failure with a reason a person understands. */
    public Observation observe(Duration timeout) {
        try {
            return probe.probe();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return ProbeFailures.of(e, endpoint, timeout);
        }
    }

    /** A probe that outlived the round: in the same words as a probe's own timeout. */
    public Observation noAnswer(Duration timeout) {
        return ProbeFailures.noAnswer(endpoint, timeout);
    }
}
