package io.arrflow.planted.clean.orders;

import java.util.Optional;

/** The port: the domain's own words for where orders are kept. */
public interface OrderBook {

    Optional<Order> find(String id);
}
