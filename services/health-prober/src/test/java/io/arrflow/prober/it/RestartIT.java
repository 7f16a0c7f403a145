package io.arrflow.prober.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.model.HealthMessage.ServiceDown;
import io.arrflow.model.HealthMessage.ServiceRecovered;
import io.arrflow.prober.support.FlippingServer;
import io.arrflow.prober.support.HealthEvents;
import io.arrflow.prober.support.StatsClient;
import io.arrflow.prober.support.TargetList;
import io.arrflow.prober.support.TestProber;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Two runs of the real prober over the same Redis: the second one continues where the first stopped. */
class RestartIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void a_restarted_prober_neither_re_announces_a_known_outage_nor_loses_the_recovery() throws Exception {
        TestProber.forgetStoredStates();
        try (FlippingServer web = FlippingServer.start();
                HealthEvents events = new HealthEvents()) {
            TargetList targets = new TargetList()
                    .target("it-restart", "http", "url", web.url().toString());
            web.failing();
            ServiceDown down;
            try (ConfigurableApplicationContext first = TestProber.start(targets)) {
                down = events.await(ServiceDown.class, "it-restart", WAIT);
            }

            try (ConfigurableApplicationContext second = TestProber.start(targets)) {
                StatsClient api = new StatsClient(TestProber.port(second));
                api.awaitStats(stats -> !api.targetUnchecked(stats, "it-restart"), WAIT);
                assertThat(api.target("it-restart").path("state").asString()).isEqualTo("DOWN");
                assertThat(events.during(Duration.ofSeconds(2), "it-restart"))
                        .as("the outage was announced before the restart")
                        .isEmpty();

                web.healthy();
                ServiceRecovered recovered = events.await(ServiceRecovered.class, "it-restart", WAIT);
                assertThat(recovered.downSince()).isEqualTo(down.since());
            }
        }
    }

    @Test
    void a_transition_nobody_could_receive_yet_is_delivered_once_a_subscriber_is_bound() throws Exception {
        TestProber.forgetStoredStates();
        try (FlippingServer web = FlippingServer.start()) {
            web.failing();
            TargetList targets = new TargetList()
                    .target("it-unheard", "http", "url", web.url().toString());
            try (ConfigurableApplicationContext prober = TestProber.start(targets)) {
                StatsClient api = new StatsClient(TestProber.port(prober));
                api.awaitStats(stats -> StatsClient.stateOf(stats, "it-unheard").equals("DOWN"), WAIT);

                try (HealthEvents events = new HealthEvents()) {
                    ServiceDown down = events.await(ServiceDown.class, "it-unheard", WAIT);
                    assertThat(down.reason()).isEqualTo("HTTP 503, expected 200");
                }
            }
        }
    }
}
