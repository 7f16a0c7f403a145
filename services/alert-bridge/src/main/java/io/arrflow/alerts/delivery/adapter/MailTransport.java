package io.arrflow.alerts.delivery.adapter;

import io.arrflow.alerts.alert.Notification;
import io.arrflow.alerts.channel.EmailChannel;
import io.arrflow.alerts.delivery.DeliveryResult;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sends email over SMTP: STARTTLS or implicit TLS as the channel says; one sender per channel. */
public final class MailTransport {

    private final Map<String, JavaMailSenderImpl> senders = new ConcurrentHashMap<>();
    private final Duration timeout;

    public MailTransport(Duration timeout) {
        this.timeout = timeout;
    }

    DeliveryResult send(EmailChannel channel, Notification notification) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(channel.from());
        mail.setTo(channel.to().toArray(String[]::new));
        mail.setSubject(channel.subject(notification));
        mail.setText(channel.text(notification));
        try {
            senders.computeIfAbsent(channel.name(), n -> sender(channel)).send(mail);
            return new DeliveryResult.Delivered();
        } catch (MailAuthenticationException | MailParseException | MailPreparationException e) {
            return new DeliveryResult.Permanent("email refused: " + e.getClass().getSimpleName());
        } catch (MailException e) {
            return new DeliveryResult.Transient(
                    "email not sent: " + (tlsFailed(e) ? "TLS failed: " : "") + rootMessage(e));
        }
    }

    private JavaMailSenderImpl sender(EmailChannel channel) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(channel.host());
        sender.setPort(channel.port());
        sender.setProtocol(channel.implicitTls() ? "smtps" : "smtp");
        sender.setUsername(channel.user());
        sender.setPassword(channel.password());
        sender.setJavaMailProperties(properties(channel));
        return sender;
    }

    Properties properties(EmailChannel channel) {
        String protocol = channel.implicitTls() ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        Properties p = new Properties();
        p.put(prefix + "auth", String.valueOf(channel.user() != null));
        p.put(prefix + "connectiontimeout", String.valueOf(timeout.toMillis()));
        p.put(prefix + "timeout", String.valueOf(timeout.toMillis()));
        p.put(prefix + "writetimeout", String.valueOf(timeout.toMillis()));
        if (!channel.implicitTls()) {
            p.put(prefix + "starttls.enable", String.valueOf(channel.startTls() != EmailChannel.StartTls.OFF));
            p.put(prefix + "starttls.required", String.valueOf(channel.startTls() == EmailChannel.StartTls.REQUIRED));
        }
        if (!channel.verify()) {
            p.put(prefix + "ssl.trust", "*");
            p.put(prefix + "ssl.checkserveridentity", "false");
        } else {
            p.put(prefix + "ssl.checkserveridentity", "true");
        }
        return p;
    }

    private static boolean tlsFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
