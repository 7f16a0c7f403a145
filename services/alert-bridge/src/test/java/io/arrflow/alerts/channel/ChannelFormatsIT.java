package io.arrflow.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.arrflow.alerts.testing.AlertBridgeRunner;
import io.arrflow.alerts.testing.Receiver;
import io.arrflow.alerts.testing.Receiver.Request;
import io.arrflow.model.HealthMessage;
import io.arrflow.platform.messaging.MessagePublisher;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * One health incident goes out on every kind of channel; loopback receivers check each service's
 * documented request format, GreenMail receives the email over plain SMTP and implicit TLS.
 */
class ChannelFormatsIT {

    static final Duration WAIT = Duration.ofSeconds(20);
    static Receiver receiver;
    static GreenMail mail;
    static AlertBridgeRunner app;

    @BeforeAll
    static void start() throws Exception {
        receiver = new Receiver();
        ServerSetup smtp = new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort();
        ServerSetup smtps = new ServerSetup(0, "127.0.0.1", "smtps").dynamicPort();
        smtp.setServerStartupTimeout(30_000);
        smtps.setServerStartupTimeout(30_000);
        mail = new GreenMail(new ServerSetup[] {smtp, smtps});
        mail.start();
        mail.setUser("ops@example.org", "arrflow", "mail-secret");
        String local = "127.0.0.1:" + receiver.port();
        String urls = String.join(
                ",",
                "discord://112233/discord-token_x",
                "slack://T0001/B0002/slack-secret",
                "tgram://123456:ABC-telegram/4242",
                "ntfy://tk_ntfysecret@" + local + "/arr-alerts",
                "gotify://" + local + "/gotify-token",
                "json://hook:json-secret@" + local + "/hook?+X-Source=arrflow",
                "mailto://arrflow:mail-secret@127.0.0.1:" + mail.getSmtp().getPort()
                        + "?to=ops@example.org,oncall@example.org&from=arrflow@example.org",
                "mailtos://arrflow:mail-secret@127.0.0.1:" + mail.getSmtps().getPort()
                        + "?to=ops@example.org&from=arrflow@example.org&verify=no");
        app = new AlertBridgeRunner(Map.of(
                        "arrflow.notify-urls", urls,
                        "arrflow.alerts.api-bases.discord", receiver.base(),
                        "arrflow.alerts.api-bases.slack", receiver.base(),
                        "arrflow.alerts.api-bases.telegram", receiver.base()))
                .fresh();
        app.bean(MessagePublisher.class)
                .publishEvent(new HealthMessage.ServiceDown(
                        "sonarr", "http", "connection refused", Instant.now(), Map.of("status", "none")));
        receiver.await(6, WAIT);
        mail.waitForIncomingEmail(WAIT.toMillis(), 3);
    }

    @AfterAll
    static void stop() {
        app.close();
        mail.stop();
        receiver.close();
    }

    @Test
    void discord_gets_an_execute_webhook_call_with_one_embed() throws Exception {
        Request r = one(req -> req.path().startsWith("/api/webhooks/"));
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/api/webhooks/112233/discord-token_x");
        assertThat(r.query()).isEqualTo("wait=true");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode embed = r.json().get("embeds").get(0);
        assertThat(embed.get("title").asString()).isEqualTo("[FIRING:1] ServiceDown: sonarr");
        assertThat(embed.get("description").asString()).contains("sonarr", "connection refused");
        assertThat(embed.get("color").asInt()).isEqualTo(0xE74C3C);
        assertThat(r.json().get("allowed_mentions").get("parse").size()).isZero();
    }

    @Test
    void slack_gets_an_incoming_webhook_call_with_text_and_blocks() throws Exception {
        Request r = one(req -> req.path().startsWith("/services/"));
        assertThat(r.path()).isEqualTo("/services/T0001/B0002/slack-secret");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().get("text").asString()).isEqualTo("[FIRING:1] ServiceDown: sonarr");
        JsonNode blocks = r.json().get("blocks");
        assertThat(blocks.get(0).get("type").asString()).isEqualTo("header");
        assertThat(blocks.get(1).get("text").get("type").asString()).isEqualTo("mrkdwn");
        assertThat(blocks.get(1).get("text").get("text").asString()).contains("connection refused");
    }

    @Test
    void telegram_gets_send_message_for_the_chat() throws Exception {
        Request r = one(req -> req.path().endsWith("/sendMessage"));
        assertThat(r.path()).isEqualTo("/bot123456:ABC-telegram/sendMessage");
        assertThat(r.json().get("chat_id").asString()).isEqualTo("4242");
        assertThat(r.json().get("text").asString()).startsWith("[FIRING:1] ServiceDown: sonarr\n\n");
        assertThat(r.json().get("disable_web_page_preview").asBoolean()).isTrue();
    }

    @Test
    void ntfy_gets_a_json_publish_with_the_access_token() throws Exception {
        Request r = one(req -> req.path().equals("/") && req.body().contains("\"topic\""));
        assertThat(r.header("Authorization")).isEqualTo("Bearer tk_ntfysecret");
        JsonNode body = r.json();
        assertThat(body.get("topic").asString()).isEqualTo("arr-alerts");
        assertThat(body.get("title").asString()).isEqualTo("[FIRING:1] ServiceDown: sonarr");
        assertThat(body.get("priority").asInt()).isEqualTo(5);
        assertThat(body.get("tags").get(0).asString()).isEqualTo("rotating_light");
    }

    @Test
    void gotify_gets_a_message_with_its_app_token_header() throws Exception {
        Request r = one(req -> req.path().equals("/message"));
        assertThat(r.header("X-Gotify-Key")).isEqualTo("gotify-token");
        assertThat(r.json().get("title").asString()).isEqualTo("[FIRING:1] ServiceDown: sonarr");
        assertThat(r.json().get("priority").asInt()).isEqualTo(8);
        assertThat(r.json().get("message").asString()).contains("connection refused");
    }

    @Test
    void the_json_webhook_gets_apprise_fields_the_alerts_and_its_headers() throws Exception {
        Request r = one(req -> req.path().equals("/hook"));
        String basic = Base64.getEncoder().encodeToString("hook:json-secret".getBytes());
        assertThat(r.header("Authorization")).isEqualTo("Basic " + basic);
        assertThat(r.header("X-Source")).isEqualTo("arrflow");
        JsonNode body = r.json();
        assertThat(body.get("version").asString()).isEqualTo("1.0");
        assertThat(body.get("type").asString()).isEqualTo("failure");
        assertThat(body.get("status").asString()).isEqualTo("FIRING");
        assertThat(body.get("alerts").get(0).get("fingerprint").asString()).isEqualTo("health:sonarr");
        assertThat(body.get("alerts").get(0).get("labels").get("kind").asString())
                .isEqualTo("http");
    }

    @Test
    void email_arrives_over_smtp_and_over_implicit_tls_with_the_title_as_subject() throws Exception {
        MimeMessage[] received = mail.getReceivedMessages();
        // mailto: two recipients; mailtos: one
        assertThat(received).hasSize(3);
        for (MimeMessage message : received) {
            assertThat(message.getSubject()).isEqualTo("[FIRING:1] ServiceDown: sonarr");
            assertThat(message.getFrom()[0].toString()).isEqualTo("arrflow@example.org");
            assertThat(message.getContent().toString()).contains("connection refused");
        }
    }

    private static Request one(java.util.function.Predicate<Request> which) throws InterruptedException {
        List<Request> matching = receiver.await(1, which, WAIT);
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }
}
