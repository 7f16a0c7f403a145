package io.arrflow.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A Redis of the test run's own: one {@code redis-server} per test JVM on a free loopback port,
 * keeping nothing on disk, stopped when the JVM exits. Suites never touch a Redis someone else
 * runs (a user's arrflow may keep its state in the one on 6379), so emptying a database here is safe.
 */
public final class TestRedis {

    public static final String HOST = "127.0.0.1";

    private static int port;

    private TestRedis() {}

    /** The private server's port; the first call starts it. */
    public static synchronized int port() {
        if (port == 0) {
            port = start();
        }
        return port;
    }

    /** Spring properties that point a test application at the private server and one of its databases. */
    public static String[] springProperties(int database) {
        return new String[] {
            "spring.data.redis.host=" + HOST,
            "spring.data.redis.port=" + port(),
            "spring.data.redis.database=" + database
        };
    }

    private static int start() {
        int free = freePort();
        try {
            Path dir = Files.createTempDirectory("arrflow-test-redis-");
            Process server = new ProcessBuilder(
                            "redis-server",
                            "--port",
                            String.valueOf(free),
                            "--bind",
                            HOST,
                            "--save",
                            "",
                            "--appendonly",
                            "no",
                            "--dir",
                            dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile())
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "test-redis-stop"));
            awaitListening(server, free, dir);
            return free;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server (run bin/setup to install it)", e);
        }
    }

    private static void stop(Process server) {
        server.destroy();
        try {
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitListening(Process server, int port, Path dir) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("redis-server exited at start; see " + dir.resolve("redis.log"));
            }
            try (Socket ignored = new Socket(HOST, port)) {
                return;
            } catch (IOException notYet) {
                pause();
            }
        }
        throw new IllegalStateException("redis-server did not listen on " + HOST + ":" + port + " within 20 s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
