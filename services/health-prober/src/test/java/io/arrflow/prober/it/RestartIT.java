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
    void a_transition_nobody_subscribes_to_is_announced_and_not_held_back_for_a_later_subscriber() throws Exception {
        TestProber.forgetStoredStates();
        try (FlippingServer web = FlippingServer.start()) {
            web.failing();
            TargetList targets = new TargetList()
                    .target("it-unheard", "http", "url", web.url().toString());
            try (ConfigurableApplicationContext prober = TestProber.start(targets)) {
                awaitStoredAndPublished("it-unheard", "DOWN");

                try (HealthEvents events = new HealthEvents()) {
                    web.healthy();
                    ServiceRecovered recovered = events.await(ServiceRecovered.class, "it-unheard", WAIT);
                    assertThat(recovered.kind()).isEqualTo("http");
                    assertThat(events.during(Duration.ZERO, "it-unheard"))
                            .as("the ServiceDown nobody heard is not replayed")
                            .isEmpty();
                }
            }
        }
    }

    /** Until the target's health is stored and no stored transition waits to be published. */
    private static void awaitStoredAndPublished(String target, String health) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (health.equals(TestProber.storedHealth(target)) && TestProber.unpublishedTransitions() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(target + " not stored as " + health + " with an empty outbox within " + WAIT
                + "; stored " + TestProber.storedHealth(target) + ", " + TestProber.unpublishedTransitions()
                + " unpublished");
    }
}
