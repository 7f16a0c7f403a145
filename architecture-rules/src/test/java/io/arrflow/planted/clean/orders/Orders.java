package io.arrflow.planted.clean.orders;

import io.arrflow.model.ArrApp;

/** A decision in plain Java, reaching storage through its port; a shared model type is fine. */
public final class Orders {

    private final OrderBook book;

    public Orders(OrderBook book) {
        this.book = book;
    }

    public long total(String id) {
        return book.find(id).map(Order::cents).orElseThrow(() -> new IllegalArgumentException("no order " + id));
    }

    public ArrApp orderedFrom() {
        return ArrApp.SONARR;
    }
}
