package io.arrflow.prober.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.HealthMessage.ServiceDown;
import io.arrflow.prober.support.HealthEvents;
import io.arrflow.prober.support.MisbehavingServer;
import io.arrflow.prober.support.StatsClient;
import io.arrflow.prober.support.TargetList;
import io.arrflow.prober.support.TestProber;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** The real prober, publishing on the real broker: an outage reads the same in its event and in /api/stats. */
class UnreachableTargetsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> REFUSING =
            List.of("refusing-tcp", "refusing-http", "refusing-arr", "refusing-redis");

    @Test
    void a_refused_connection_is_announced_and_shown_as_such_naming_the_address() throws Exception {
        int port = MisbehavingServer.closedPort();
        String address = "127.0.0.1:" + port;
        TargetList targets = new TargetList()
                .target("refusing-tcp", "tcp", "url", "tcp://" + address)
                .target("refusing-http", "http", "url", "http://" + address + "/health")
                .target("refusing-arr", "arr", "url", "http://" + address, "api-key", "0123456789abcdef")
                .target("refusing-redis", "redis", "url", "redis://" + address);

        try (HealthEvents events = new HealthEvents();
                ConfigurableApplicationContext prober = TestProber.start(targets)) {
            for (String target : REFUSING) {
                ServiceDown down = events.await(ServiceDown.class, target, WAIT);
                assertThat(down.reason()).as(target).isEqualTo("connection refused on " + address);
                assertThat(down.evidence()).as(target).containsEntry("address", address);
            }

            StatsClient api = new StatsClient(TestProber.port(prober));
            JsonNode stats = api.awaitStats(
                    s -> REFUSING.stream()
                            .allMatch(target -> StatsClient.stateOf(s, target).equals("DOWN")),
                    WAIT);
            for (JsonNode target : stats.path("targets")) {
                assertThat(target.path("reason").asString())
                        .as(target.path("name").asString())
                        .isEqualTo("connection refused on " + address);
            }
        }
    }
}
