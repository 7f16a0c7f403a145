package io.arrflow.prober.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.HealthMessage;
import io.arrflow.model.HealthMessage.ServiceDown;
import io.arrflow.model.HealthMessage.ServiceMaintenanceEnded;
import io.arrflow.model.HealthMessage.ServiceMaintenanceStarted;
import io.arrflow.model.HealthMessage.ServiceRecovered;
import io.arrflow.prober.support.FlippingServer;
import io.arrflow.prober.support.HealthEvents;
import io.arrflow.prober.support.StatsClient;
import io.arrflow.prober.support.TargetList;
import io.arrflow.prober.support.TestClock;
import io.arrflow.prober.support.TestProber;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The real prober against a loopback HTTP server that flips, publishing on the real RabbitMQ. */
class ThresholdsIT {

    private static final Duration WAIT = Duration.ofSeconds(25);
    private static FlippingServer web;
    private static FlippingServer maintained;
    private static HealthEvents events;
    private static ConfigurableApplicationContext prober;
    private static StatsClient api;
    private static final TestClock CLOCK = new TestClock();
    private static Instant maintenanceStarts;
    private static Instant maintenanceEnds;

    @BeforeAll
    static void startProber() throws Exception {
        web = FlippingServer.start();
        maintained = FlippingServer.start();
        events = new HealthEvents();
        TestProber.forgetStoredStates();
        maintenanceStarts = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.MILLIS);
        maintenanceEnds = maintenanceStarts.plusSeconds(3600);
        prober = TestProber.start(
                new TargetList()
                        .target("it-web", "http", "url", web.url().toString(), "json[/status]", "ok")
                        .target(
                                "it-maintained",
                                "http",
                                "url",
                                maintained.url().toString(),
                                "maintenance[0].from",
                                maintenanceStarts.toString(),
                                "maintenance[0].until",
                                maintenanceEnds.toString()),
                CLOCK);
        api = new StatsClient(TestProber.port(prober));
    }

    @AfterAll
    static void stopProber() {
        prober.close();
        events.close();
        web.close();
        maintained.close();
    }

    @Test
    void a_failing_service_is_announced_down_once_after_three_failures_and_recovered_after_two_successes()
            throws Exception {
        api.awaitStats(
                stats -> StatsClient.stateOf(stats, "it-web").equals("UP") && !api.targetUnchecked(stats, "it-web"),
                WAIT);
        web.failing();

        ServiceDown down = events.await(ServiceDown.class, "it-web", WAIT);
        assertThat(down.kind()).isEqualTo("http");
        assertThat(down.reason()).isEqualTo("HTTP 503, expected 200");
        assertThat(down.evidence()).containsEntry("status", "503").containsEntry("failures", "3");
        api.awaitStats(stats -> StatsClient.stateOf(stats, "it-web").equals("DOWN"), WAIT);
        assertThat(events.during(Duration.ofSeconds(1), "it-web"))
                .as("no second alert while still down")
                .isEmpty();

        web.healthy();
        ServiceRecovered recovered = events.await(ServiceRecovered.class, "it-web", WAIT);
        assertThat(recovered.downSince()).isEqualTo(down.since());
        assertThat(events.during(Duration.ofSeconds(1), "it-web")).isEmpty();
    }

    @Test
    void failures_inside_a_maintenance_window_are_announced_only_once_the_window_is_over() throws Exception {
        api.awaitStats(stats -> !api.targetUnchecked(stats, "it-maintained"), WAIT);
        CLOCK.jumpTo(maintenanceStarts);
        ServiceMaintenanceStarted started = events.await(ServiceMaintenanceStarted.class, "it-maintained", WAIT);
        assertThat(started.until()).isEqualTo(maintenanceEnds);

        maintained.failing();
        List<HealthMessage> during = events.during(Duration.ofSeconds(2), "it-maintained");
        assertThat(during).as("a failing target in maintenance is not reported").isEmpty();
        api.awaitStats(stats -> StatsClient.stateOf(stats, "it-maintained").equals("MAINTENANCE"), WAIT);

        CLOCK.jumpTo(maintenanceEnds);
        events.await(ServiceMaintenanceEnded.class, "it-maintained", WAIT);
        ServiceDown down = events.await(ServiceDown.class, "it-maintained", WAIT);
        assertThat(down.since()).isAfterOrEqualTo(maintenanceEnds);
    }
}
