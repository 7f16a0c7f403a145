package io.arrflow.alerts.delivery.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.alerts.channel.ChannelUrls;
import io.arrflow.alerts.channel.EmailChannel;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailTransportTest {

    private final MailTransport mail = new MailTransport(Duration.ofSeconds(7));

    @Test
    void mailto_asks_for_starttls_and_verifies_the_certificate() {
        Properties p = mail.properties(email("mailto://u:p@smtp.x.org?to=a@x.org"));

        assertThat(p)
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "false")
                .containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtp.timeout", "7000");
    }

    @Test
    void starttls_can_be_required_so_it_is_never_silently_skipped() {
        Properties p = mail.properties(email("mailto://smtp.x.org?to=a@x.org&starttls=required"));

        assertThat(p).containsEntry("mail.smtp.starttls.required", "true").containsEntry("mail.smtp.auth", "false");
    }

    @Test
    void mailtos_uses_implicit_tls_and_verify_no_trusts_a_self_signed_certificate() {
        Properties p = mail.properties(email("mailtos://u:p@smtp.x.org?to=a@x.org&verify=no"));

        assertThat(p)
                .containsEntry("mail.smtps.ssl.trust", "*")
                .containsEntry("mail.smtps.ssl.checkserveridentity", "false")
                .doesNotContainKey("mail.smtps.starttls.enable");
    }

    private static EmailChannel email(String url) {
        return (EmailChannel) ChannelUrls.parse("mail", url).getFirst();
    }
}
