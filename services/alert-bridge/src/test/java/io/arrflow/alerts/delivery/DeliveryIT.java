package io.arrflow.alerts.delivery;

import static io.arrflow.alerts.testing.AlertBridgeRunner.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.testing.AlertBridgeRunner;
import io.arrflow.alerts.testing.DeadLetters;
import io.arrflow.alerts.testing.Payloads;
import io.arrflow.alerts.testing.Receiver;
import io.arrflow.alerts.testing.Receiver.Answer;
import io.arrflow.alerts.testing.Receiver.Request;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;

/** Retries with backoff, 429 retry_after, and the dead-letter queue for what cannot be delivered. */
class DeliveryIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static Receiver receiver;
    static AlertBridgeRunner app;
    static final AtomicInteger flakyCalls = new AtomicInteger();
    static final AtomicInteger limitedCalls = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        receiver = new Receiver();
        receiver.answer(DeliveryIT::answer);
        String local = "127.0.0.1:" + receiver.port();
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("arrflow.alerts.api-bases.slack", receiver.base());
        settings.put("arrflow.alerts.api-bases.discord", receiver.base());
        settings.put("arrflow.alerts.channels.broken", "json://" + local + "/broken");
        settings.put("arrflow.alerts.channels.gone", "json://" + local + "/gone");
        settings.put("arrflow.alerts.channels.flaky", "slack://T1/B1/flaky-secret");
        settings.put("arrflow.alerts.channels.limited", "discord://77/limited-token");
        route(settings, 0, "broken", "Broken.*");
        route(settings, 1, "gone", "Gone.*");
        route(settings, 2, "flaky", "Flaky.*");
        route(settings, 3, "limited", "Limited.*");
        app = new AlertBridgeRunner(settings).fresh();
    }

    static void route(Map<String, String> settings, int i, String channel, String alertname) {
        settings.put("arrflow.alerts.routes[" + i + "].name", channel);
        settings.put("arrflow.alerts.routes[" + i + "].channels", channel);
        settings.put("arrflow.alerts.routes[" + i + "].labels.alertname", alertname);
    }

    static Answer answer(Request r) {
        return switch (r.path()) {
            case "/broken" -> new Answer(500, Map.of(), "upstream exploded");
            case "/gone" -> new Answer(404, Map.of(), "{\"message\": \"Unknown Webhook\", \"code\": 10015}");
            case "/services/T1/B1/flaky-secret" ->
                flakyCalls.incrementAndGet() == 1 ? new Answer(503, Map.of(), "") : Answer.ok("ok");
            case "/api/webhooks/77/limited-token" ->
                limitedCalls.incrementAndGet() == 1
                        ? new Answer(
                                429,
                                Map.of("Content-Type", "application/json"),
                                "{\"message\": \"You are being rate limited.\", \"retry_after\": 0.8, \"global\": false}")
                        : Answer.ok("{}");
            default -> Answer.ok("{}");
        };
    }

    @AfterAll
    static void stop() {
        app.close();
        receiver.close();
    }

    @Test
    void a_channel_answering_5xx_is_retried_with_backoff_then_dead_lettered_with_the_reason() throws Exception {
        app.post("/alertmanager", Payloads.alertmanager("firing", "BrokenDisk", "b1", "critical"), bearer());
        List<Request> tries = receiver.await(3, r -> r.path().equals("/broken"), WAIT);
        assertThat(tries).hasSize(3);
        Message dead = deadLetter("broken");
        String reason = dead.getMessageProperties().getHeader("x-arrflow-reason");
        assertThat(reason).isEqualTo("broken: json answered 500: upstream exploded (gave up after 3 attempts)");
        assertThat(new String(dead.getBody(), StandardCharsets.UTF_8)).contains("BrokenDisk");
        Thread.sleep(500);
        assertThat(receiver.requests().stream().filter(r -> r.path().equals("/broken")))
                .hasSize(3);
    }

    @Test
    void a_refused_notification_goes_to_the_dead_letter_queue_without_retries() throws Exception {
        app.post("/alertmanager", Payloads.alertmanager("firing", "GoneWebhook", "g1", "warning"), bearer());
        Message dead = deadLetter("gone");
        assertThat((String) dead.getMessageProperties().getHeader("x-arrflow-reason"))
                .startsWith("gone: json answered 404: {\"message\": \"Unknown Webhook\"");
        assertThat(receiver.requests().stream().filter(r -> r.path().equals("/gone")))
                .hasSize(1);
    }

    @Test
    void a_5xx_followed_by_success_is_delivered_once() throws Exception {
        app.post("/alertmanager", Payloads.alertmanager("firing", "FlakyNas", "f1", "warning"), bearer());
        List<Request> calls = receiver.await(2, r -> r.path().startsWith("/services/T1/B1/"), WAIT);
        assertThat(calls.get(0).body()).isEqualTo(calls.get(1).body());
        Thread.sleep(500);
        assertThat(flakyCalls.get()).isEqualTo(2);
        assertThat(app.call("GET", "/actuator/prometheus", bearer()).body())
                .containsPattern("arrflow_alerts_delivery_attempts_total\\{.*kind=\"slack\".*outcome=\"transient\"");
    }

    @Test
    void a_429_is_retried_no_sooner_than_its_retry_after() throws Exception {
        app.post("/alertmanager", Payloads.alertmanager("firing", "LimitedPlex", "l1", "critical"), bearer());
        List<Request> calls = receiver.await(2, r -> r.path().startsWith("/api/webhooks/77/"), WAIT);
        Duration gap = Duration.between(calls.get(0).at(), calls.get(1).at());
        assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(780));
        assertThat(calls.get(1).json().get("embeds").get(0).get("title").asString())
                .isEqualTo("[FIRING:1] LimitedPlex: l1");
    }

    private static Message deadLetter(String channel) throws InterruptedException {
        return DeadLetters.await(app, channel, WAIT);
    }
}
