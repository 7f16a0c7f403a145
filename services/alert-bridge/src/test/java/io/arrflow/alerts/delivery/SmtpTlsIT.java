package io.arrflow.alerts.delivery;

import static io.arrflow.alerts.testing.AlertBridgeRunner.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.testing.AlertBridgeRunner;
import io.arrflow.alerts.testing.DeadLetters;
import io.arrflow.alerts.testing.Payloads;
import io.arrflow.alerts.testing.SmtpServer;
import io.arrflow.alerts.testing.SmtpServer.Received;
import io.arrflow.alerts.testing.SmtpServer.Tls;
import io.arrflow.alerts.testing.TestCertificate;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Email over a real SMTP server with a self-signed certificate: STARTTLS is really negotiated (the server
 * says so), an untrusted certificate and a server without STARTTLS fail loudly, implicit TLS works.
 */
class SmtpTlsIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String MAIL = "?to=ops@example.org&from=arrflow@example.org";
    static final String LOGIN = SmtpServer.USER + ":" + SmtpServer.PASSWORD + "@127.0.0.1:";

    @TempDir
    static Path certificates;

    static SmtpServer startTls;
    static SmtpServer plaintext;
    static SmtpServer implicitTls;
    static AlertBridgeRunner app;

    @BeforeAll
    static void start() throws Exception {
        SSLContext tls = TestCertificate.create(certificates).serverContext();
        startTls = SmtpServer.startTls(tls);
        plaintext = SmtpServer.plaintextOnly();
        implicitTls = SmtpServer.implicitTls(tls);
        Map<String, String> settings = new LinkedHashMap<>();
        channel(settings, 0, "starttls", "mailto://" + LOGIN + startTls.port() + MAIL + "&starttls=required&verify=no");
        channel(settings, 1, "untrusted", "mailto://" + LOGIN + startTls.port() + MAIL + "&starttls=required");
        channel(settings, 2, "plaintext", "mailto://" + LOGIN + plaintext.port() + MAIL + "&starttls=required");
        channel(settings, 3, "implicit", "mailtos://" + LOGIN + implicitTls.port() + MAIL + "&verify=no");
        app = new AlertBridgeRunner(settings).fresh();
    }

    static void channel(Map<String, String> settings, int i, String name, String url) {
        settings.put("arrflow.alerts.channels." + name, url);
        settings.put("arrflow.alerts.routes[" + i + "].name", name);
        settings.put("arrflow.alerts.routes[" + i + "].channels", name);
        settings.put("arrflow.alerts.routes[" + i + "].labels.instance", name);
    }

    @AfterAll
    static void stop() {
        app.close();
        startTls.close();
        plaintext.close();
        implicitTls.close();
    }

    @Test
    void starttls_required_upgrades_the_session_before_login_and_mail() throws Exception {
        fire("MailOverStartTls", "starttls");

        Received mail = one(startTls, "MailOverStartTls");
        assertThat(mail.tls().startTls()).isTrue();
        assertThat(mail.tls().tlsProtocol()).startsWith("TLSv1.");
        assertThat(mail.to()).isEqualTo("ops@example.org");
        assertThat(mail.data()).contains("Subject: [FIRING:1] MailOverStartTls: starttls");
        assertThat(startTls.logins()).isNotEmpty().allMatch(Tls::startTls);
    }

    @Test
    void an_untrusted_certificate_fails_with_the_reason_and_sends_nothing() throws Exception {
        fire("MailToUntrusted", "untrusted");

        String reason = DeadLetters.reason(DeadLetters.await(app, "untrusted", WAIT));
        assertThat(reason)
                .startsWith("untrusted: email not sent: TLS failed: ")
                .contains("unable to find valid certification path")
                .endsWith("(gave up after 3 attempts)");
        assertThat(startTls.messages()).noneMatch(m -> m.data().contains("MailToUntrusted"));
    }

    @Test
    void a_server_without_starttls_is_refused_and_nothing_goes_in_plaintext() throws Exception {
        fire("MailInPlaintext", "plaintext");

        String reason = DeadLetters.reason(DeadLetters.await(app, "plaintext", WAIT));
        assertThat(reason)
                .startsWith("plaintext: email not sent: ")
                .contains("STARTTLS is required but host does not support STARTTLS");
        assertThat(plaintext.messages()).isEmpty();
        assertThat(plaintext.logins()).isEmpty();
    }

    @Test
    void mailtos_speaks_tls_from_the_first_byte() throws Exception {
        fire("MailOverSmtps", "implicit");

        Received mail = one(implicitTls, "MailOverSmtps");
        assertThat(mail.tls().tlsProtocol()).startsWith("TLSv1.");
        assertThat(implicitTls.logins()).isNotEmpty().allMatch(t -> t.tlsProtocol() != null);
    }

    private static void fire(String alertname, String instance) throws Exception {
        assertThat(app.post("/alertmanager", Payloads.alertmanager("firing", alertname, instance, "critical"), bearer())
                        .statusCode())
                .isEqualTo(200);
    }

    private static Received one(SmtpServer server, String alertname) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            List<Received> matching = server.await(1, Duration.ofMillis(200)).stream()
                    .filter(m -> m.data().contains(alertname))
                    .toList();
            if (!matching.isEmpty()) {
                assertThat(matching).hasSize(1);
                return matching.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no email about " + alertname);
    }
}
