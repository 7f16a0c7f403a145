package io.arrflow.planted.broker.orders.adapter;

import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** Breaks (c): an adapter that publishes with RabbitTemplate itself instead of platform messaging. */
public final class RabbitOrders {

    private final RabbitTemplate rabbit;

    public RabbitOrders(RabbitTemplate rabbit) {
        this.rabbit = rabbit;
    }

    public void placed(String id) {
        rabbit.convertAndSend("orders", "placed", id);
    }
}
