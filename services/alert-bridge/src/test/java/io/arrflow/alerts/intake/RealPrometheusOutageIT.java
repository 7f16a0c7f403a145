package io.arrflow.alerts.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.testing.AlertBridgeRunner;
import io.arrflow.alerts.testing.AlertmanagerProcess;
import io.arrflow.alerts.testing.PrometheusProcess;
import io.arrflow.alerts.testing.PrometheusProcess.Target;
import io.arrflow.alerts.testing.Receiver;
import io.arrflow.alerts.testing.Receiver.Answer;
import io.arrflow.alerts.testing.Receiver.Request;
import io.arrflow.model.HealthMessage;
import io.arrflow.platform.messaging.MessagePublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12's outage, for real and with the default configuration: Debian's Prometheus 2.42 with
 * ops/prometheus/prometheus.yml and its rules, Debian's Alertmanager 0.25 with ops/alertmanager/alertmanager.yml,
 * alert-bridge with its shipped timings. transcode-worker is killed: health-prober (a stand-in that exports
 * {@code arrflow_service_up} and publishes its events) reports it at once, Prometheus' ServiceDown (for: 2m) and
 * ScrapeTargetDown (for: 3m) report it through Alertmanager minutes later. The user must get one FIRING and,
 * within a minute of the recovery, one RESOLVED, both naming transcode-worker.
 */
@Timeout(value = 12, unit = TimeUnit.MINUTES)
class RealPrometheusOutageIT {

    static final String WORKER = "transcode-worker";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path directory;

    static volatile boolean workerUp = true;
    static Receiver channel;
    static Receiver prober;
    static Receiver worker;
    static AlertBridgeRunner app;
    static AlertmanagerProcess alertmanager;
    static PrometheusProcess prometheus;

    @BeforeAll
    static void start() throws Exception {
        channel = new Receiver();
        prober = new Receiver();
        prober.answer(r -> metrics(
                r,
                "arrflow_service_up{application=\"health-prober\",kind=\"http\",service=\"" + WORKER + "\"} "
                        + (workerUp ? "1.0" : "0.0")));
        worker = new Receiver();
        worker.answer(r -> workerUp
                ? metrics(r, "process_uptime_seconds{application=\"transcode-worker\"} 42.0")
                : new Answer(503, Map.of(), "killed"));
        app = AlertBridgeRunner.withShippedTimings(
                        Map.of("arrflow.notify-urls", "json://127.0.0.1:" + channel.port() + "/notify"))
                .fresh();
        Path token = Files.writeString(directory.resolve("arrflow-api-token"), AlertBridgeRunner.TOKEN + "\n");
        Files.createDirectories(directory.resolve("am"));
        Files.createDirectories(directory.resolve("prom"));
        alertmanager = AlertmanagerProcess.startShipped(
                directory.resolve("am"), "http://127.0.0.1:" + app.port() + "/alertmanager", token);
        prometheus = PrometheusProcess.start(
                directory.resolve("prom"),
                List.of(new Target("health-prober", prober.port()), new Target(WORKER, worker.port())),
                alertmanager.port(),
                token);
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (alertmanager != null) {
            alertmanager.close();
        }
        app.close();
        channel.close();
        prober.close();
        worker.close();
    }

    @Test
    void a_killed_service_is_one_firing_and_one_resolved_within_a_minute_of_its_recovery() throws Exception {
        awaitPrometheus("count(up{job=\"arrflow\"} == 1)", "2", Duration.ofMinutes(1));
        MessagePublisher events = app.bean(MessagePublisher.class);

        Instant killed = Instant.now();
        workerUp = false;
        events.publishEvent(new HealthMessage.ServiceDown(WORKER, "http", "connection refused", killed, Map.of()));
        Request firing =
                channel.await(1, status("FIRING"), Duration.ofMinutes(2)).getFirst();
        assertThat(title(firing)).isEqualTo("[FIRING:1] ServiceDown: transcode-worker");

        // Prometheus' ServiceDown and ScrapeTargetDown, each delivered by Alertmanager to alert-bridge
        awaitAlertmanagerNotifications(2, Duration.ofMinutes(6));
        Instant recovered = Instant.now();
        workerUp = true;
        events.publishEvent(new HealthMessage.ServiceRecovered(
                WORKER, "http", killed, Duration.between(killed, recovered).toSeconds()));

        Request resolved =
                channel.await(1, status("RESOLVED"), Duration.ofMinutes(3)).getFirst();
        assertThat(channel.requests().stream().filter(status("FIRING")))
                .as("FIRINGs of one outage reported by health-prober and by two Prometheus rules")
                .hasSize(1);
        assertThat(title(resolved)).isEqualTo("[RESOLVED] ServiceDown: transcode-worker");
        assertThat(message(resolved))
                .contains("transcode-worker")
                .contains("back after")
                .doesNotContain("is down");
        System.out.printf(
                "FIRING %s after the ServiceDown event, RESOLVED %s after the recovery%n",
                Duration.between(killed, firing.at()), Duration.between(recovered, resolved.at()));
        assertThat(Duration.between(recovered, resolved.at()))
                .as("from the recovery to its RESOLVED")
                .isLessThan(Duration.ofMinutes(1));

        awaitAlertmanagerNotifications(4, Duration.ofMinutes(2)); // both resolutions reached alert-bridge
        awaitNoOpenIncident(Duration.ofMinutes(1));
        assertThat(channel.requests())
                .extracting(RealPrometheusOutageIT::title)
                .containsExactly(title(firing), title(resolved));
        assertThat(alertmanager.webhookNotifications("alertmanager_notifications_failed_total"))
                .isZero();
    }

    private static Answer metrics(Request scrape, String sample) {
        if (!("Bearer " + AlertBridgeRunner.TOKEN).equals(scrape.header("Authorization"))) {
            return new Answer(401, Map.of(), "");
        }
        return new Answer(200, Map.of("Content-Type", "text/plain; version=0.0.4; charset=utf-8"), sample + "\n");
    }

    private static Request awaitMessage(String status, Duration timeout) throws Exception {
        try {
            return channel.await(1, status(status), timeout).getFirst();
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nopen incidents: "
                    + app.call("GET", "/api/incidents", AlertBridgeRunner.bearer())
                            .body()
                    + "\nPrometheus' alerts: " + prometheus.query("ALERTS")
                    + "\nAlertmanager:\n" + alertmanager.log());
        }
    }

    private static void awaitPrometheus(String expression, String value, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        String last = "";
        while (Instant.now().isBefore(end)) {
            last = prometheus.query(expression);
            var result = JSON.readTree(last).path("data").path("result");
            if (!result.isEmpty()
                    && value.equals(result.get(0).path("value").get(1).asString())) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(expression + " never became " + value + ": " + last + "\n" + prometheus.log());
    }

    private static void awaitAlertmanagerNotifications(long count, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (alertmanager.webhookNotifications("alertmanager_notifications_total") >= count) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Alertmanager did not send " + count + " notifications in " + timeout + ":\n"
                + prometheus.query("ALERTS") + "\n" + alertmanager.log());
    }

    private static void awaitNoOpenIncident(Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        String open = "";
        while (Instant.now().isBefore(end)) {
            open = app.call("GET", "/api/incidents", AlertBridgeRunner.bearer()).body();
            if (open.equals("[]")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("incidents still open: " + open);
    }

    private static Predicate<Request> status(String status) {
        return r ->
                r.path().equals("/notify") && r.json().get("status").asString().equals(status);
    }

    private static String title(Request r) {
        return r.json().get("title").asString();
    }

    private static String message(Request r) {
        return r.json().get("message").asString();
    }
}
