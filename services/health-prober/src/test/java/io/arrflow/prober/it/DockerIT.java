package io.arrflow.prober.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.HealthMessage.ServiceDown;
import io.arrflow.model.HealthMessage.ServicePending;
import io.arrflow.model.HealthMessage.ServiceRecovered;
import io.arrflow.prober.support.DockerCli;
import io.arrflow.prober.support.HealthEvents;
import io.arrflow.prober.support.StatsClient;
import io.arrflow.prober.support.TargetList;
import io.arrflow.prober.support.TestProber;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A locally built container on the real Docker engine is stopped, started again and made unhealthy;
 * the web app inside it depends on it, so only the container's outage is announced.
 */
class DockerIT {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final String IMAGE = "arrflow-it/prober-stub:latest";
    private static final String CONTAINER =
            "arrflow-it-prober-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String CRASHLOOP =
            "arrflow-it-prober-crash-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String TARGET = "container:stub";
    private static final String WEB = "it-stub-web";
    private static HealthEvents events;
    private static ConfigurableApplicationContext prober;
    private static StatsClient api;

    @BeforeAll
    static void startContainerAndProber() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DockerCli.buildStub(IMAGE, port);
        DockerCli.run("run", "-d", "--name", CONTAINER, "--network", "host", IMAGE);
        // exits after a second, again and again: Docker keeps restarting it with a growing back-off
        DockerCli.run(
                "run",
                "-d",
                "--name",
                CRASHLOOP,
                "--network",
                "host",
                "--no-healthcheck",
                "--restart",
                "always",
                "--entrypoint",
                "/bin/busybox",
                IMAGE,
                "sh",
                "-c",
                "sleep 1; exit 3");
        events = new HealthEvents();
        TestProber.forgetStoredStates();
        prober = TestProber.start(new TargetList()
                .target(TARGET, "docker", "container", CONTAINER)
                .target("container:crashloop", "docker", "container", CRASHLOOP)
                .target(
                        WEB,
                        "http",
                        "url",
                        "http://127.0.0.1:" + port + "/health",
                        "depends-on[0]",
                        TARGET,
                        // the app notices a broken container before Docker's 1 s healthcheck does
                        "failure-threshold",
                        "20"));
        api = new StatsClient(TestProber.port(prober));
    }

    @AfterAll
    static void removeContainer() {
        if (prober != null) {
            prober.close();
        }
        if (events != null) {
            events.close();
        }
        DockerCli.quietly("rm", "-f", CONTAINER);
        DockerCli.quietly("rm", "-f", CRASHLOOP);
        DockerCli.quietly("rmi", "-f", IMAGE);
    }

    @Test
    void a_stopped_restarted_and_unhealthy_container_is_announced_and_hides_the_failures_of_its_app() throws Exception {
        api.awaitStats(
                s -> evidence(s, TARGET, "health").equals("healthy")
                        && StatsClient.stateOf(s, WEB).equals("UP"),
                WAIT);
        events.during(Duration.ofMillis(500), TARGET);

        DockerCli.run("stop", "-t", "1", CONTAINER);
        ServiceDown down = events.await(ServiceDown.class, TARGET, WAIT);
        assertThat(down.kind()).isEqualTo("docker");
        assertThat(down.reason()).startsWith("container is exited");
        assertThat(down.evidence()).containsEntry("state", "exited");
        assertThat(api.target(WEB).path("blockedBy").asString()).isEqualTo(TARGET);
        assertThat(events.during(Duration.ofSeconds(2), WEB))
                .as("the app's outage is the container's")
                .isEmpty();
        assertThat(api.target(WEB).path("state").asString()).isEqualTo("UP");

        DockerCli.run("start", CONTAINER);
        events.await(ServiceRecovered.class, TARGET, WAIT);
        api.awaitStats(s -> evidence(s, TARGET, "health").equals("healthy"), WAIT);

        DockerCli.run("exec", CONTAINER, "/bin/busybox", "rm", "/www/health");
        ServiceDown unhealthy = events.await(ServiceDown.class, TARGET, WAIT);
        assertThat(unhealthy.reason()).isEqualTo("healthcheck is unhealthy");
        assertThat(events.during(Duration.ofSeconds(1), WEB)).isEmpty();
    }

    @Test
    void a_container_that_keeps_restarting_is_announced_pending() {
        ServicePending pending = events.await(ServicePending.class, "container:crashloop", Duration.ofSeconds(60));

        assertThat(pending.kind()).isEqualTo("docker");
        assertThat(pending.reason()).isEqualTo("container is restarting");
    }

    private static String evidence(tools.jackson.databind.JsonNode stats, String target, String key) {
        return stats.path("targets")
                .valueStream()
                .filter(node -> node.path("name").asString().equals(target))
                .map(node -> node.path("evidence").path(key).asString(""))
                .findFirst()
                .orElse("");
    }
}
