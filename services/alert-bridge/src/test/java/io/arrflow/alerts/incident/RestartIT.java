package io.arrflow.alerts.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.testing.AlertBridgeRunner;
import io.arrflow.alerts.testing.Payloads;
import io.arrflow.alerts.testing.Receiver;
import io.arrflow.alerts.testing.Receiver.Request;
import io.arrflow.model.HealthMessage;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.testing.TestBroker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * The zombie-alert case: alert-bridge stops after telling a FIRING, the service recovers while it is
 * down, and the RESOLVED still goes out after the restart; a group not yet told survives too.
 * Reminders repeat while an alert keeps firing.
 */
class RestartIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    static Receiver receiver;
    static AlertBridgeRunner app;

    @BeforeAll
    static void start() throws Exception {
        receiver = new Receiver();
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        app = new AlertBridgeRunner(Map.of(
                "arrflow.alerts.quiet-hours.start", now.minusHours(1).format(HH_MM),
                "arrflow.alerts.quiet-hours.end", now.plusHours(1).format(HH_MM),
                "arrflow.alerts.quiet-hours.bypass", "critical",
                "arrflow.alerts.channels.hook", "json://127.0.0.1:" + receiver.port() + "/hook",
                "arrflow.alerts.routes[0].name", "main",
                "arrflow.alerts.routes[0].channels", "hook",
                "arrflow.alerts.routes[0].group-by", "source,subject",
                "arrflow.alerts.group-wait", "1500ms",
                "arrflow.alerts.repeat-interval", "2s"));
        app.fresh();
    }

    @AfterAll
    static void stop() {
        app.close();
        receiver.close();
    }

    @Test
    void every_firing_gets_its_resolved_across_a_restart() throws Exception {
        MessagePublisher events = app.bean(MessagePublisher.class);
        events.publishEvent(new HealthMessage.ServiceDown("prowlarr", "http", "502", Instant.now(), Map.of()));
        receiver.await(1, about("prowlarr", "FIRING"), WAIT);
        receiver.await(1, r -> about("prowlarr", "FIRING").test(r) && r.body().contains("\"reminder\":true"), WAIT);

        events.publishEvent(new HealthMessage.ServiceDown("bazarr", "http", "502", Instant.now(), Map.of()));
        Thread.sleep(300); // taken into its group, not yet told (group wait 1.5 s)
        app.stop();
        long toldBazarr =
                receiver.requests().stream().filter(about("bazarr", "FIRING")).count();

        publishWhileStopped(new HealthMessage.ServiceRecovered("prowlarr", "http", Instant.now(), 42));
        app.start();

        Request resolved =
                receiver.await(1, about("prowlarr", "RESOLVED"), WAIT).getFirst();
        assertThat(resolved.json().get("title").asString()).isEqualTo("[RESOLVED] ServiceDown: prowlarr");
        assertThat(resolved.json().get("message").asString()).contains("back after 42 s");
        if (toldBazarr == 0) {
            receiver.await(1, about("bazarr", "FIRING"), WAIT);
        }
        assertThat(receiver.requests().stream()
                        .filter(about("bazarr", "FIRING"))
                        .filter(r -> r.body().contains("\"reminder\":false")))
                .hasSize(1);
    }

    @Test
    void during_quiet_hours_a_warning_waits_for_their_end_while_critical_alerts_go_out() throws Exception {
        app.start();
        String warning = Payloads.alertmanager("firing", "QuietDisk", "quiet-nas", "warning");
        assertThat(app.post("/alertmanager", warning, AlertBridgeRunner.bearer())
                        .statusCode())
                .isEqualTo(200);

        Thread.sleep(3000); // well past the group wait
        assertThat(receiver.requests().stream().filter(r -> r.body().contains("QuietDisk")))
                .isEmpty();
        String incidents =
                app.call("GET", "/api/incidents", AlertBridgeRunner.bearer()).body();
        assertThat(incidents).contains("alertmanager:quiet-nas");
        Instant due =
                Instant.parse(incidents.replaceAll(".*\"alertmanager:quiet-nas\".*?\"dueAt\":\"([^\"]+)\".*", "$1"));
        assertThat(due).isAfter(Instant.now().plus(Duration.ofMinutes(55)));
    }

    private static void publishWhileStopped(HealthMessage event) {
        CachingConnectionFactory rabbit = new CachingConnectionFactory(TestBroker.HOST, 5672);
        rabbit.setUsername("guest");
        rabbit.setPassword("guest");
        rabbit.setVirtualHost(TestBroker.vhost("alert-bridge"));
        rabbit.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        rabbit.setPublisherReturns(true);
        try {
            new MessagePublisher(
                            new RabbitTemplate(rabbit), new EnvelopeCodec(), "restart-test", Duration.ofSeconds(10))
                    .publishEvent(event);
        } finally {
            rabbit.destroy();
        }
    }

    private static Predicate<Request> about(String subject, String status) {
        return r -> r.body().contains("\"subject\":\"" + subject + "\"")
                && r.body().contains("\"status\":\"" + status + "\"");
    }
}
