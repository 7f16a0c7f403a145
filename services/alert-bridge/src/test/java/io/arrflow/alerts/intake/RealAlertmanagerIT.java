package io.arrflow.alerts.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.testing.AlertBridgeRunner;
import io.arrflow.alerts.testing.AlertmanagerProcess;
import io.arrflow.alerts.testing.Receiver;
import io.arrflow.alerts.testing.Receiver.Request;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's Alertmanager 0.25 (installed by bin/setup; this test fails without it) sends its webhook to a
 * running alert-bridge, which tells a loopback receiver FIRING and then RESOLVED.
 */
class RealAlertmanagerIT {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path directory;

    static Receiver receiver;
    static AlertBridgeRunner app;
    static AlertmanagerProcess alertmanager;

    @BeforeAll
    static void start() throws Exception {
        receiver = new Receiver();
        app = new AlertBridgeRunner(Map.of("arrflow.notify-urls", "json://127.0.0.1:" + receiver.port() + "/am"))
                .fresh();
        alertmanager = AlertmanagerProcess.start(
                directory, "http://127.0.0.1:" + app.port() + "/alertmanager", AlertBridgeRunner.TOKEN);
    }

    @AfterAll
    static void stop() throws Exception {
        alertmanager.close();
        app.close();
        receiver.close();
    }

    @Test
    void an_alert_posted_to_alertmanager_fires_and_resolves_through_alert_bridge() throws Exception {
        Instant start = Instant.now();
        alertmanager.post(alert(start, null));
        Request firing = about("FIRING");
        assertThat(firing.json().get("title").asString()).isEqualTo("[FIRING:1] RealAlertmanagerDisk: nas:9100");
        assertThat(firing.json().get("severity").asString()).isEqualTo("warning");

        alertmanager.post(alert(start, Instant.now()));
        Request resolved = about("RESOLVED");
        assertThat(resolved.json().get("title").asString()).isEqualTo("[RESOLVED] RealAlertmanagerDisk: nas:9100");
        assertThat(resolved.at()).isAfter(firing.at());
        assertThat(alertmanager.log()).doesNotContain("level=error");
    }

    private static String alert(Instant startsAt, Instant endsAt) {
        String end = endsAt == null ? "" : ",\"endsAt\":\"" + endsAt + "\"";
        return """
                [{"labels":{"alertname":"RealAlertmanagerDisk","instance":"nas:9100","severity":"warning"},
                  "annotations":{"summary":"Disk almost full"},"startsAt":"%s"%s}]
                """.formatted(startsAt, end);
    }

    private static Request about(String status) throws InterruptedException {
        List<Request> matching = receiver.await(
                1, r -> r.path().equals("/am") && r.body().contains("\"status\":\"" + status + "\""), WAIT);
        assertThat(matching).as("a %s notification", status).hasSize(1);
        return matching.getFirst();
    }
}
