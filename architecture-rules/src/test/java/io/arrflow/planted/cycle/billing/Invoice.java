package io.arrflow.planted.cycle.billing;

import io.arrflow.planted.cycle.orders.Order;

public record Invoice(String number, Order order) {}
