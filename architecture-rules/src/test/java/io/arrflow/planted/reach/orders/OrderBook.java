package io.arrflow.planted.reach.orders;

public interface OrderBook {

    boolean knows(String id);
}
