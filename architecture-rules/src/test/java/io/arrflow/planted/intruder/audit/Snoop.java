package io.arrflow.planted.intruder.audit;

import io.arrflow.planted.clean.orders.Order;

/** Breaks (d): a service that uses another service's class. */
public record Snoop(Order seen) {}
