package io.arrflow.platform.testing;

/**
 * A Redis of the test run's own: one {@code redis-server} per test JVM on a free loopback port,
 * keeping nothing on disk, stopped when the JVM exits. Suites never touch a Redis someone else
 * runs (a user's arrflow may keep its state in the one on 6379), so emptying a database here is safe.
 */
public final class TestRedis {

    public static final String HOST = OwnRedis.HOST;

    private static OwnRedis server;

    private TestRedis() {}

    /** The private server's port; the first call starts it. */
    public static synchronized int port() {
        if (server == null) {
            server = OwnRedis.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-redis-stop"));
        }
        return server.port();
    }

    /** Spring properties that point a test application at the private server and one of its databases. */
    public static String[] springProperties(int database) {
        return new String[] {
            "spring.data.redis.host=" + HOST,
            "spring.data.redis.port=" + port(),
            "spring.data.redis.database=" + database
        };
    }
}
