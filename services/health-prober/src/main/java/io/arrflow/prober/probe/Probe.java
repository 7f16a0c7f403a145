package io.arrflow.prober.probe;

import io.arrflow.prober.state.Observation;

/** Checks one target once. An exception counts as a failure whose reason is the exception's message. */
@FunctionalInterface
public interface Probe {

    Observation probe() throws Exception;
}
