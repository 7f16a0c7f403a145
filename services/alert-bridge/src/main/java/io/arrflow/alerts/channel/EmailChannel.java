package io.arrflow.alerts.channel;

import io.arrflow.alerts.alert.Notification;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code mailto://user:password@smtp.host[:port]?to=a@x,b@y&from=arrflow@x} sends over SMTP with
 * STARTTLS (port 587 by default; {@code starttls=required|optional|off}); {@code mailtos://} uses
 * implicit TLS (port 465). {@code verify=no} accepts a self-signed certificate.
 */
public record EmailChannel(
        String name,
        String host,
        int port,
        boolean implicitTls,
        StartTls startTls,
        boolean verify,
        String user,
        String password,
        String from,
        List<String> to,
        RateLimit rateLimit)
        implements Channel {

    /** Whether STARTTLS is used on a plain connection. */
    public enum StartTls {
        REQUIRED,
        OPTIONAL,
        OFF
    }

    static EmailChannel from(String name, ParsedUrl url, RateLimit override) {
        String[] hostPort = url.host().split(":", 2);
        boolean tls = url.secure();
        int port = hostPort.length > 1 ? Integer.parseInt(hostPort[1]) : (tls ? 465 : 587);
        String user = url.user();
        List<String> to = recipients(url.param("to", user != null && user.contains("@") ? user : null));
        if (to.isEmpty()) {
            throw new IllegalArgumentException("mailto:// needs ?to=someone@example.com");
        }
        String from = url.param("from", user != null && user.contains("@") ? user : "arrflow@" + hostPort[0]);
        StartTls startTls = StartTls.valueOf(url.param("starttls", "optional").toUpperCase(Locale.ROOT));
        boolean verify = !"no".equalsIgnoreCase(url.param("verify", "yes"));
        RateLimit limit = override != null ? override : new RateLimit.Unlimited();
        return new EmailChannel(name, hostPort[0], port, tls, startTls, verify, user, url.password(), from, to, limit);
    }

    private static List<String> recipients(String to) {
        if (to == null) {
            return List.of();
        }
        return Arrays.stream(to.split("[,;]"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The subject: the title, within the 78-character line folding and well under RFC 5322's 998. */
    public String subject(Notification n) {
        return MessageText.title(n, 200);
    }

    public String text(Notification n) {
        return MessageText.body(n, 100_000) + "\n\n-- \narrflow alert-bridge, group " + n.groupKey();
    }

    @Override
    public String kind() {
        return "email";
    }

    @Override
    public String rateKey() {
        return "email:" + host + ":" + port;
    }

    @Override
    public String masked() {
        String auth = user == null ? "" : user + ":" + Channel.mask(password) + "@";
        return (implicitTls ? "mailtos://" : "mailto://") + auth + host + ":" + port + "?to=" + String.join(",", to);
    }

    @Override
    public String toString() {
        return name + "=" + masked();
    }
}
