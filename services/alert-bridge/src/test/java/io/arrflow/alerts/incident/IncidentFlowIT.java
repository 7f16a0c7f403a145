package io.arrflow.alerts.incident;

import static io.arrflow.alerts.testing.AlertBridgeRunner.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.testing.AlertBridgeRunner;
import io.arrflow.alerts.testing.Payloads;
import io.arrflow.alerts.testing.Receiver;
import io.arrflow.alerts.testing.Receiver.Answer;
import io.arrflow.alerts.testing.Receiver.Request;
import io.arrflow.model.ArrApp;
import io.arrflow.model.ArrItemRef;
import io.arrflow.model.HealthMessage;
import io.arrflow.model.TranscodeMessage;
import io.arrflow.platform.messaging.MessagePublisher;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Grouping, dedupe, Alertmanager's payloads, silences and the webhook's authentication, end to end. */
class IncidentFlowIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static Receiver receiver;
    static AlertBridgeRunner app;

    @BeforeAll
    static void start() throws Exception {
        receiver = new Receiver();
        String hook = "json://127.0.0.1:" + receiver.port() + "/hook";
        app = new AlertBridgeRunner(Map.of(
                        "arrflow.alerts.channels.hook", hook,
                        "arrflow.alerts.routes[0].name", "main",
                        "arrflow.alerts.routes[0].channels", "hook",
                        "arrflow.alerts.routes[0].group-by", "source,alertname,kind",
                        "arrflow.alerts.group-wait", "3s",
                        "arrflow.alerts.group-interval", "3s",
                        "arrflow.alerts.resolve-wait", "3s",
                        "arrflow.alerts.alertmanager.username", "alertmanager",
                        "arrflow.alerts.alertmanager.password", "am-pass"))
                .fresh();
    }

    @AfterAll
    static void stop() {
        app.close();
        receiver.close();
    }

    @Test
    void ten_services_going_down_together_are_one_message_and_their_recovery_one_more() throws Exception {
        MessagePublisher events = app.bean(MessagePublisher.class);
        for (int i = 0; i < 10; i++) {
            events.publishEvent(
                    new HealthMessage.ServiceDown("svc-" + i, "grouping", "host down", Instant.now(), Map.of()));
        }
        List<Request> firing = receiver.await(1, kind("grouping", "FIRING"), WAIT);
        JsonNode body = firing.getFirst().json();
        assertThat(body.get("title").asString()).isEqualTo("[FIRING:10] ServiceDown: svc-0, svc-1, svc-2 +7 more");
        assertThat(body.get("alerts").size()).isEqualTo(10);

        for (int i = 0; i < 10; i++) {
            events.publishEvent(new HealthMessage.ServiceRecovered("svc-" + i, "grouping", Instant.now(), 60));
        }
        List<Request> resolved = receiver.await(1, kind("grouping", "RESOLVED"), WAIT);
        assertThat(resolved.getFirst().json().get("alerts").size()).isEqualTo(10);
        Thread.sleep(1500);
        assertThat(receiver.requests().stream().filter(kind("grouping", null))).hasSize(2);
    }

    @Test
    void health_probers_and_alertmanagers_reports_of_one_outage_are_one_firing_and_one_resolved() throws Exception {
        MessagePublisher events = app.bean(MessagePublisher.class);
        Instant since = Instant.now();
        events.publishEvent(new HealthMessage.ServiceDown("sabnzbd", "outage", "connection refused", since, Map.of()));
        receiver.await(1, kind("outage", "FIRING"), WAIT);

        String startsAt = since.toString();
        for (String rule : List.of("ServiceDown", "ScrapeTargetDown")) {
            assertThat(app.post(
                                    "/alertmanager",
                                    Payloads.outage("firing", rule, "sabnzbd", "outage", startsAt),
                                    bearer())
                            .statusCode())
                    .isEqualTo(200);
        }
        awaitNothingPendingAbout("sabnzbd"); // whatever these reports make alert-bridge tell has been told
        events.publishEvent(new HealthMessage.ServiceRecovered("sabnzbd", "outage", since, 90));
        for (String rule : List.of("ServiceDown", "ScrapeTargetDown")) {
            app.post("/alertmanager", Payloads.outage("resolved", rule, "sabnzbd", "outage", startsAt), bearer());
        }
        Request resolved = receiver.await(1, kind("outage", "RESOLVED"), WAIT).getFirst();
        awaitNoIncidentAbout("sabnzbd");

        assertThat(receiver.requests().stream().filter(kind("outage", "FIRING")))
                .as("FIRINGs of one outage reported by health-prober and two Prometheus rules")
                .hasSize(1);
        assertThat(receiver.requests().stream().filter(kind("outage", "RESOLVED")))
                .hasSize(1);
        assertThat(resolved.json().get("title").asString()).isEqualTo("[RESOLVED] ServiceDown: sabnzbd");
    }

    @Test
    void prometheus_service_down_is_named_after_the_service_and_its_resolved_says_it_is_back() throws Exception {
        String startsAt = Instant.now().minusSeconds(190).toString();
        app.post("/alertmanager", Payloads.outage("firing", "ServiceDown", "tautulli", "naming", startsAt), bearer());
        Request firing = receiver.await(1, kind("naming", "FIRING"), WAIT).getFirst();
        assertThat(firing.json().get("title").asString()).isEqualTo("[FIRING:1] ServiceDown: tautulli");

        app.post("/alertmanager", Payloads.outage("resolved", "ServiceDown", "tautulli", "naming", startsAt), bearer());
        Request resolved = receiver.await(1, kind("naming", "RESOLVED"), WAIT).getFirst();
        assertThat(resolved.json().get("title").asString()).isEqualTo("[RESOLVED] ServiceDown: tautulli");
        assertThat(resolved.json().get("message").asString())
                .contains("ServiceDown tautulli (resolved, ")
                .contains("): back after 3 min")
                .doesNotContain("is down");
    }

    @Test
    void a_damaged_source_is_told_with_the_file_the_finding_and_the_arr_item_to_grab_again() throws Exception {
        String episode = "/media/tv/Harbor Lights/Season 01/Harbor Lights - S01E02.mkv";
        app.bean(MessagePublisher.class)
                .publishEvent(new TranscodeMessage.SourceDamaged(
                        UUID.randomUUID(),
                        episode,
                        0,
                        44.0,
                        21.3,
                        "decodes to 21.3 s of the 44.0 s it declares",
                        new ArrItemRef(ArrApp.SONARR, 42)));

        JsonNode told =
                receiver.await(1, named("SourceDamaged"), WAIT).getFirst().json();

        assertThat(told.get("title").asString()).isEqualTo("[NOTICE] SourceDamaged: " + episode);
        assertThat(told.get("message").asString())
                .contains(episode)
                .contains("decodes to 21.3 s of the 44.0 s it declares")
                .contains("the file was left untouched and not transcoded")
                .contains("grab it again in sonarr (series 42)");
    }

    @Test
    void the_same_alert_reported_twice_is_told_once() throws Exception {
        MessagePublisher events = app.bean(MessagePublisher.class);
        events.publishEvent(new HealthMessage.ServiceDown("radarr", "dedupe", "timeout", Instant.now(), Map.of()));
        events.publishEvent(new HealthMessage.ServiceDown("radarr", "dedupe", "timeout", Instant.now(), Map.of()));
        String payload = Payloads.alertmanager("firing", "DedupeCheck", "dedupe-1", "warning");
        app.post("/alertmanager", payload, bearer());
        receiver.await(1, kind("dedupe", "FIRING"), WAIT);
        receiver.await(1, named("DedupeCheck"), WAIT);
        app.post("/alertmanager", payload, bearer());
        events.publishEvent(new HealthMessage.ServiceDown("radarr", "dedupe", "timeout", Instant.now(), Map.of()));
        Thread.sleep(2500);
        assertThat(receiver.requests().stream().filter(kind("dedupe", null))).hasSize(1);
        assertThat(receiver.requests().stream().filter(named("DedupeCheck"))).hasSize(1);
    }

    @Test
    void alertmanager_0_25_and_current_payloads_fire_and_resolve_with_a_link_back() throws Exception {
        assertThat(app.post("/alertmanager", Payloads.resource("v0.25-firing.json"), bearer())
                        .statusCode())
                .isEqualTo(200);
        String basic = "Basic " + Base64.getEncoder().encodeToString("alertmanager:am-pass".getBytes());
        assertThat(app.post("/alertmanager", Payloads.resource("v0.32-firing.json"), basic)
                        .statusCode())
                .isEqualTo(200);

        JsonNode disk =
                receiver.await(1, named("DiskAlmostFull"), WAIT).getFirst().json();
        assertThat(disk.get("status").asString()).isEqualTo("FIRING");
        assertThat(disk.get("severity").asString()).isEqualTo("warning");
        assertThat(disk.get("link").asString()).isEqualTo("http://alertmanager.home.lan:9093");
        assertThat(disk.get("message").asString()).contains("Disk /media almost full");
        JsonNode target =
                receiver.await(1, named("TargetDown"), WAIT).getFirst().json();
        assertThat(target.get("title").asString()).isEqualTo("[FIRING:1] TargetDown: jellyfin:8096");

        app.post("/alertmanager", Payloads.resource("v0.25-resolved.json"), bearer());
        app.post("/alertmanager", Payloads.resource("v0.32-resolved.json"), basic);
        List<Request> both = receiver.await(
                2,
                r -> r.body().contains("\"status\":\"RESOLVED\"")
                        && (named("DiskAlmostFull").test(r)
                                || named("TargetDown").test(r)),
                WAIT);
        assertThat(both)
                .extracting(r -> r.json().get("title").asString())
                .containsExactlyInAnyOrder(
                        "[RESOLVED] DiskAlmostFull: nas:9100", "[RESOLVED] TargetDown: jellyfin:8096");
    }

    @Test
    void the_webhook_refuses_missing_or_wrong_credentials() throws Exception {
        String payload = Payloads.alertmanager("firing", "Unauthenticated", "x", "critical");
        String wrong = "Basic " + Base64.getEncoder().encodeToString("alertmanager:nope".getBytes());
        assertThat(app.post("/alertmanager", payload, null).statusCode()).isEqualTo(401);
        assertThat(app.post("/alertmanager", payload, wrong).statusCode()).isEqualTo(401);
        assertThat(app.post("/alertmanager", payload, "Bearer wrong").statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_silence_mutes_matching_alerts_until_it_is_expired() throws Exception {
        String silence = """
                {"matchers":[{"name":"subject","value":"muted-.*","isRegex":true,"isEqual":true}],
                 "duration":"1h","createdBy":"test","comment":"maintenance"}""";
        assertThat(app.post("/api/silences", silence, null).statusCode()).isEqualTo(401);
        var created = app.post("/api/silences", silence, bearer());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(created.body())
                .get("id")
                .asString();
        assertThat(app.call("GET", "/api/silences", bearer()).body()).contains(id);

        MessagePublisher events = app.bean(MessagePublisher.class);
        events.publishEvent(new HealthMessage.ServiceDown("muted-sabnzbd", "silence", "down", Instant.now(), Map.of()));
        events.publishEvent(new HealthMessage.ServiceDown("loud-plex", "silence", "down", Instant.now(), Map.of()));
        JsonNode first =
                receiver.await(1, kind("silence", "FIRING"), WAIT).getFirst().json();
        assertThat(first.get("alerts").size()).isEqualTo(1);
        assertThat(first.get("alerts").get(0).get("subject").asString()).isEqualTo("loud-plex");

        assertThat(app.call("DELETE", "/api/silences/" + id, bearer()).statusCode())
                .isEqualTo(204);
        assertThat(app.call("DELETE", "/api/silences/" + id, bearer()).statusCode())
                .isEqualTo(404);
        List<Request> after = receiver.await(2, kind("silence", "FIRING"), WAIT);
        assertThat(after.get(1).body()).contains("muted-sabnzbd");
    }

    @Test
    void a_silence_without_an_end_is_refused_with_a_reason() throws Exception {
        var response =
                app.post("/api/silences", "{\"matchers\":[{\"name\":\"source\",\"value\":\"health\"}]}", bearer());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("endsAt or duration");
    }

    @Test
    void a_maintenance_window_of_health_prober_silences_that_target_until_it_ends() throws Exception {
        MessagePublisher events = app.bean(MessagePublisher.class);
        events.publishEvent(new HealthMessage.ServiceMaintenanceStarted(
                "nzbget", Instant.now().plusSeconds(3600)));
        events.publishEvent(
                new HealthMessage.ServiceDown("nzbget", "maintenance", "upgrading", Instant.now(), Map.of()));
        events.publishEvent(
                new HealthMessage.ServiceDown("qbittorrent", "maintenance", "down", Instant.now(), Map.of()));

        JsonNode told = receiver.await(1, kind("maintenance", "FIRING"), WAIT)
                .getFirst()
                .json();
        assertThat(told.get("alerts").size()).isEqualTo(1);
        assertThat(told.get("alerts").get(0).get("subject").asString()).isEqualTo("qbittorrent");
        assertThat(app.call("GET", "/api/silences", bearer()).body()).contains("maintenance:nzbget");

        events.publishEvent(new HealthMessage.ServiceMaintenanceEnded("nzbget"));
        List<Request> after = receiver.await(2, kind("maintenance", "FIRING"), WAIT);
        assertThat(after.get(1).body()).contains("\"subject\":\"nzbget\"");
    }

    @Test
    void open_incidents_are_listed() throws Exception {
        app.bean(MessagePublisher.class)
                .publishEvent(new HealthMessage.ServiceDown("lidarr", "listing", "down", Instant.now(), Map.of()));
        receiver.await(1, kind("listing", "FIRING"), WAIT);
        assertThat(app.call("GET", "/api/incidents", bearer()).body()).contains("health:lidarr");
    }

    private static Predicate<Request> kind(String kind, String status) {
        return r -> r.path().equals("/hook")
                && r.body().contains("\"kind\":\"" + kind + "\"")
                && (status == null || r.body().contains("\"status\":\"" + status + "\""));
    }

    private static Predicate<Request> named(String alertname) {
        return r -> r.path().equals("/hook") && r.body().contains("\"name\":\"" + alertname + "\"");
    }

    private static void awaitNothingPendingAbout(String subject) throws Exception {
        Instant end = Instant.now().plus(WAIT);
        JsonNode open = null;
        while (Instant.now().isBefore(end)) {
            open = tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readTree(app.call("GET", "/api/incidents", bearer()).body());
            boolean pending = open.valueStream()
                    .filter(group -> group.toString().contains(subject))
                    .flatMap(group -> group.get("alerts").valueStream())
                    .anyMatch(tracked -> tracked.get("pending").asBoolean());
            if (!pending) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("still pending about " + subject + ": " + open);
    }

    /** Waits until every report of the service was taken in and told: nothing about it is open any more. */
    private static void awaitNoIncidentAbout(String subject) throws Exception {
        Instant end = Instant.now().plus(WAIT);
        String open = "";
        while (Instant.now().isBefore(end)) {
            open = app.call("GET", "/api/incidents", bearer()).body();
            if (!open.contains(subject)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("still open about " + subject + ": " + open);
    }

    static Answer ok() {
        return Answer.ok("{}");
    }
}
