package io.arrflow.planted.reach.orders;

import io.arrflow.planted.reach.orders.adapter.MemoryOrderBook;

/** Breaks (a): the domain builds its adapter itself instead of taking the port. */
public final class Orders {

    private final OrderBook book = new MemoryOrderBook();

    public boolean exists(String id) {
        return book.knows(id);
    }
}
