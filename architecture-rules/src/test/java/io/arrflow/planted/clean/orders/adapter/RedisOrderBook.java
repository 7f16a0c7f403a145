package io.arrflow.planted.clean.orders.adapter;

import io.arrflow.planted.clean.orders.Order;
import io.arrflow.planted.clean.orders.OrderBook;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;

/** An adapter: implements the port with Redis. */
public final class RedisOrderBook implements OrderBook {

    private final StringRedisTemplate redis;

    public RedisOrderBook(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Optional<Order> find(String id) {
        return Optional.ofNullable(redis.opsForValue().get(id)).map(cents -> new Order(id, Long.parseLong(cents)));
    }
}
