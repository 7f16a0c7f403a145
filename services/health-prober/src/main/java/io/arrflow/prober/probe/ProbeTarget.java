package io.arrflow.prober.probe;

/** A configured target with the probe that checks it. */
public record ProbeTarget(String name, String kind, Probe probe) {}
