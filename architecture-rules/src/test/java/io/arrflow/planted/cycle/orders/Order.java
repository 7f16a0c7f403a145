package io.arrflow.planted.cycle.orders;

import io.arrflow.planted.cycle.billing.Invoice;

/** Breaks (b) with billing: each feature knows the other. */
public record Order(String id, Invoice invoice) {}
