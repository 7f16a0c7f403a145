package io.arrflow.prober.support;

import io.arrflow.platform.testing.TestRedis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One prober for the test classes that only look at it (stack probes, status page), started once
 * per test JVM because a start takes a while on a busy machine: an arr stand-in, TCP ports, disks,
 * the real Redis and RabbitMQ.
 */
public final class SharedProber {

    public static final String OLD_KEY = "0123456789abcdef0123456789abcdef";
    public static final String BACKLOG_QUEUE = "it-prober-backlog";

    private static SharedProber instance;

    public final ConfigurableApplicationContext context;
    public final ArrStub sonarr;
    public final ArrStub radarr;
    public final FlippingServer web;
    public final Path keyFile;
    public final int closedPort = MisbehavingServer.closedPort();
    public final StatsClient api;

    private SharedProber() throws IOException {
        TestProber.forgetStoredStates();
        sonarr = ArrStub.start(OLD_KEY);
        radarr = ArrStub.start(OLD_KEY);
        web = FlippingServer.start();
        Path dir = Files.createTempDirectory("prober-it");
        keyFile = dir.resolve("radarr-api-key");
        Files.writeString(keyFile, OLD_KEY + "\n");
        context = TestProber.start(targets(dir));
        api = new StatsClient(TestProber.port(context));
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    public static synchronized SharedProber get() {
        if (instance == null) {
            try {
                instance = new SharedProber();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private TargetList targets(Path dir) {
        return new TargetList()
                .target("it-sonarr", "arr", "url", sonarr.url().toString(), "api-key", OLD_KEY)
                .target(
                        "it-radarr",
                        "arr",
                        "url",
                        radarr.url().toString(),
                        "api-key-file",
                        keyFile.toString(),
                        "failure-threshold",
                        "1000")
                .target("it-tcp", "tcp", "url", "tcp://127.0.0.1:" + web.port())
                .target("it-tcp-closed", "tcp", "url", "tcp://127.0.0.1:" + closedPort)
                .target("it-disk", "disk", "path", dir.toString(), "min-free", "1B")
                .target("it-disk-full", "disk", "path", dir.toString(), "min-free-percent", "101")
                .target("it-redis", "redis", "url", "redis://" + TestRedis.HOST + ":" + TestRedis.port())
                .target("it-rabbit", "rabbitmq", "max-queue-depth[" + BACKLOG_QUEUE + "]", "2");
    }

    /** Rewrites the key file but keeps its modification time, so only an explicit reload sees the change. */
    public void rotateKeyFileKeepingItsTimestamp(String newKey) throws IOException {
        FileTime before = Files.getLastModifiedTime(keyFile);
        Files.writeString(keyFile, newKey + "\n");
        Files.setLastModifiedTime(keyFile, before);
    }

    private void close() {
        context.close();
        sonarr.close();
        radarr.close();
        web.close();
    }
}
