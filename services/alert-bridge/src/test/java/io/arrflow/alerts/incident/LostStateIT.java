package io.arrflow.alerts.incident;

import static io.arrflow.alerts.testing.AlertBridgeRunner.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.testing.AlertBridgeRunner;
import io.arrflow.alerts.testing.Payloads;
import io.arrflow.alerts.testing.Receiver;
import io.arrflow.alerts.testing.Receiver.Request;
import io.arrflow.platform.testing.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import redis.clients.jedis.Jedis;

/**
 * alert-bridge's incident state in Redis is lost after it told two FIRINGs: their RESOLVEDs match nothing.
 * Each is logged, and the user hears once that the state was lost instead of nothing at all.
 */
@ExtendWith(OutputCaptureExtension.class)
class LostStateIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static Receiver receiver;
    static AlertBridgeRunner app;

    @BeforeAll
    static void start() throws Exception {
        receiver = new Receiver();
        app = new AlertBridgeRunner(Map.of(
                        "arrflow.alerts.channels.hook", "json://127.0.0.1:" + receiver.port() + "/hook",
                        "arrflow.alerts.routes[0].name", "main",
                        "arrflow.alerts.routes[0].channels", "hook",
                        "arrflow.alerts.group-wait", "2s"))
                .fresh();
    }

    @AfterAll
    static void stop() {
        app.close();
        receiver.close();
    }

    @Test
    void a_resolved_that_matches_nothing_after_the_state_was_lost_is_logged_and_the_loss_told_once(
            CapturedOutput output) throws Exception {
        String began = Instant.now().minusSeconds(600).toString();
        for (String service : new String[] {"nzbget", "bazarr"}) {
            app.post("/alertmanager", Payloads.outage("firing", "ServiceDown", service, "lost", began), bearer());
        }
        receiver.await(
                1, r -> r.body().contains("\"status\":\"FIRING\"") && r.body().contains("bazarr"), WAIT);

        forgetIncidentState();
        app.post("/alertmanager", Payloads.outage("resolved", "ServiceDown", "nzbget", "lost", began), bearer());

        Request lost = receiver.await(1, named("IncidentStateLost"), WAIT).getFirst();
        assertThat(lost.json().get("status").asString()).isEqualTo("NOTICE");
        assertThat(lost.json().get("title").asString()).isEqualTo("[NOTICE] IncidentStateLost: alert-bridge");
        assertThat(lost.json().get("message").asString())
                .contains("ServiceDown nzbget is over")
                .contains("alert-bridge has no record of it");
        awaitNothingOpen();

        app.post("/alertmanager", Payloads.outage("resolved", "ServiceDown", "bazarr", "lost", began), bearer());

        assertThat(app.call("GET", "/api/incidents", bearer()).body())
                .as("the second orphan queues no second notice")
                .isEqualTo("[]");
        assertThat(receiver.requests().stream().filter(named("IncidentStateLost")))
                .hasSize(1);
        assertThat(output.getOut())
                .contains("RESOLVED ServiceDown nzbget (alertmanager:ServiceDown-nzbget")
                .contains("RESOLVED ServiceDown bazarr (alertmanager:ServiceDown-bazarr");
    }

    /** What an emptied Redis leaves: none of alert-bridge's keys (the run's own redis-server, database 4). */
    private static void forgetIncidentState() {
        try (Jedis redis = new Jedis(TestRedis.HOST, TestRedis.port())) {
            redis.select(4);
            redis.keys("arrflow:alerts:*").forEach(redis::del);
        }
    }

    private static void awaitNothingOpen() throws Exception {
        Instant end = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(end)) {
            if (app.call("GET", "/api/incidents", bearer()).body().equals("[]")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("incidents still open: "
                + app.call("GET", "/api/incidents", bearer()).body());
    }

    private static Predicate<Request> named(String name) {
        return r -> r.path().equals("/hook") && r.body().contains("\"name\":\"" + name + "\"");
    }
}
