package io.arrflow.prober.state;

/** Where a target stands, as users and alert-bridge see it. */
public enum Health {
    UP,
    DOWN,
    PENDING,
    MAINTENANCE
}
