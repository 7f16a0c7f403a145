package io.arrflow.planted.clean.orders;

import io.arrflow.planted.clean.orders.adapter.RedisOrderBook;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Wiring may know Spring, the adapters and the broker's client. */
@Configuration(proxyBeanMethods = false)
class OrderConfiguration {

    @Bean
    Orders orders(StringRedisTemplate redis, RabbitTemplate rabbit) {
        rabbit.setMandatory(true);
        return new Orders(new RedisOrderBook(redis));
    }
}
