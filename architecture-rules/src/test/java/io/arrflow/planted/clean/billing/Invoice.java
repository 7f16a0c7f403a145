package io.arrflow.planted.clean.billing;

import io.arrflow.planted.clean.orders.Order;

/** Billing knows orders; orders do not know billing. */
public record Invoice(Order order, String number) {}
