package io.arrflow.platform.redis;

import io.arrflow.platform.testing.TestRedis;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.jedis.JedisConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The run's own Redis (a private redis-server), on database 6. */
final class LocalRedis implements AutoCloseable {

    static final int DATABASE = 6;

    private final JedisConnectionFactory connectionFactory;
    final StringRedisTemplate redis;

    LocalRedis() {
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(TestRedis.HOST, TestRedis.port());
        server.setDatabase(DATABASE);
        connectionFactory = new JedisConnectionFactory(server);
        connectionFactory.afterPropertiesSet();
        connectionFactory.start();
        redis = new StringRedisTemplate(connectionFactory);
    }

    void flush() {
        redis.execute((RedisCallback<Void>) connection -> {
            connection.serverCommands().flushDb();
            return null;
        });
    }

    @Override
    public void close() {
        connectionFactory.destroy();
    }
}
