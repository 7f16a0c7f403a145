package io.arrflow.prober.probe;

import io.arrflow.prober.state.Observation;
import io.micrometer.core.instrument.Timer;

/** Records every probe's latency in {@code arrflow_probe_latency_seconds{service,kind}}. */
final class MeteredProbe implements Probe {

    private final Probe delegate;
    private final Timer latency;

    MeteredProbe(Probe delegate, Timer latency) {
        this.delegate = delegate;
        this.latency = latency;
    }

    @Override
    public Observation probe() throws Exception {
        Observation observation = latency.recordCallable(delegate::probe);
        return observation;
    }
}
