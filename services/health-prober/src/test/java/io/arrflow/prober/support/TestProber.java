package io.arrflow.prober.support;

import io.arrflow.platform.secrets.OperatingSystemEnvironment;
import io.arrflow.platform.testing.TestBroker;
import io.arrflow.platform.testing.TestRedis;
import io.arrflow.prober.ProberApplication;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import redis.clients.jedis.Jedis;

/**
 * Starts the real prober (web server on a free loopback port) against the local RabbitMQ (own
 * vhost) and database 3 of the run's own Redis, with fast rounds; tests can stop and start it again like a restart.
 */
public final class TestProber {

    public static final String TOKEN = "prober-test-token";

    private TestProber() {}

    public static ConfigurableApplicationContext start(TargetList targets, String... extra) {
        return start(targets, null, extra);
    }

    /** A prober whose time is the given clock's (for maintenance windows), or the real time if null. */
    public static ConfigurableApplicationContext start(TargetList targets, Clock clock, String... extra) {
        return launch(targets, clock, null, extra);
    }

    /**
     * A prober started from a shell whose environment holds the given variables and no others, e.g.
     * targets as {@code ARRFLOW_PROBER_TARGETS_0_NAME} and secrets as {@code ..._FILE} (Docker secrets).
     */
    public static ConfigurableApplicationContext startWithEnvironment(Map<String, Object> variables) {
        return launch(new TargetList(), null, OperatingSystemEnvironment.with(variables));
    }

    private static ConfigurableApplicationContext launch(
            TargetList targets, Clock clock, StandardEnvironment environment, String... extra) {
        List<String> properties = new ArrayList<>(List.of(TestBroker.springProperties(HealthEvents.SUITE)));
        properties.addAll(List.of(TestRedis.springProperties(3)));
        properties.addAll(List.of(
                "server.port=0",
                "server.address=127.0.0.1",
                "arrflow.api.token=" + TOKEN,
                "arrflow.prober.interval=150ms",
                "arrflow.prober.timeout=2s",
                "arrflow.prober.stats-refresh=100ms",
                "arrflow.prober.rabbitmq.management-url=http://127.0.0.1:15672",
                "arrflow.prober.rabbitmq.vhost=" + TestBroker.vhost(HealthEvents.SUITE)));
        properties.addAll(targets.properties());
        properties.addAll(List.of(extra));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ProberApplication.class);
        if (environment != null) {
            builder.environment(environment);
        }
        if (clock != null) {
            builder.initializers(context -> context.getBeanFactory().registerSingleton("testClock", clock));
        }
        return builder.run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    /**
     * Forgets what earlier runs stored in database 3 (the prober's, by convention): target states,
     * unpublished transitions and the test's own job status.
     */
    public static void forgetStoredStates() {
        try (Jedis jedis = new Jedis(TestRedis.HOST, TestRedis.port())) {
            jedis.select(3);
            jedis.flushDB();
        }
    }

    /** The health the prober stored for a target (database 3), or null before its first save. */
    public static String storedHealth(String target) {
        try (Jedis jedis = new Jedis(TestRedis.HOST, TestRedis.port())) {
            jedis.select(3);
            return jedis.hget("arrflow:prober:target:" + target, "health");
        }
    }

    /** How many stored transitions still wait in the outbox to be published. */
    public static long unpublishedTransitions() {
        try (Jedis jedis = new Jedis(TestRedis.HOST, TestRedis.port())) {
            jedis.select(3);
            return jedis.llen("arrflow:prober:outbox");
        }
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
