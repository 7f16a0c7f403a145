package io.arrflow.prober.probe.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.arrflow.prober.probe.Problems;
import io.arrflow.prober.state.Observation;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Redis probe against a real password-protected redis-server of the test's own, on a loopback port. */
class RedisProbeIT {

    private static final String PASSWORD = "prober-it-redis-password";
    private static Process redis;
    private static URI url;

    @BeforeAll
    static void startRedis() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        redis = new ProcessBuilder(
                        "redis-server",
                        "--port",
                        String.valueOf(port),
                        "--bind",
                        "127.0.0.1",
                        "--requirepass",
                        PASSWORD,
                        "--save",
                        "",
                        "--appendonly",
                        "no",
                        "--dir",
                        "/tmp")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        url = URI.create("redis://127.0.0.1:" + port);
        awaitPort(port);
    }

    @AfterAll
    static void stopRedis() {
        redis.destroy();
    }

    @Test
    void a_redis_that_needs_a_password_is_up_with_the_right_one() {
        Observation seen = new RedisProbe(url, PASSWORD, Duration.ofSeconds(2)).probe();

        assertThat(seen).isInstanceOf(Observation.Healthy.class);
        assertThat(seen.evidence()).containsEntry("address", url.getHost() + ":" + url.getPort());
    }

    @Test
    void a_wrong_password_fails_without_the_password_in_the_reason() {
        Throwable error = catchThrowable(() -> new RedisProbe(url, "wrong-password", Duration.ofSeconds(2)).probe());

        assertThat(Problems.oneLine(error)).contains("WRONGPASS").doesNotContain("wrong-password");
    }

    @Test
    void no_password_at_all_fails() {
        Throwable error = catchThrowable(() -> new RedisProbe(url, null, Duration.ofSeconds(2)).probe());

        assertThat(Problems.oneLine(error)).contains("NOAUTH");
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("redis-server did not start on port " + port);
    }
}
