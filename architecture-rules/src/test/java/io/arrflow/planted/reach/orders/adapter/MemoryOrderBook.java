package io.arrflow.planted.reach.orders.adapter;

import io.arrflow.planted.reach.orders.OrderBook;

public final class MemoryOrderBook implements OrderBook {

    @Override
    public boolean knows(String id) {
        return false;
    }
}
