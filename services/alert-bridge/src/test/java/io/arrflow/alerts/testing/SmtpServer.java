package io.arrflow.alerts.testing;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;
import org.subethamail.smtp.server.Session;

/**
 * A real SMTP server (SubEthaSMTP) on 127.0.0.1 that records, server side, every login and message together
 * with the TLS state of the connection it came over.
 */
public final class SmtpServer implements AutoCloseable {

    public static final String USER = "arrflow";
    public static final String PASSWORD = "mail-secret";

    /** How the connection stood when the client did something: {@code tlsProtocol} is null for plaintext. */
    public record Tls(boolean startTls, String tlsProtocol) {}

    /** One message for one recipient as the server took it. */
    public record Received(String from, String to, String data, Tls tls) {}

    private final List<Received> messages = new CopyOnWriteArrayList<>();
    private final List<Tls> logins = new CopyOnWriteArrayList<>();
    private final SMTPServer server;

    private SmtpServer(UnaryOperator<SMTPServer.Builder> security) {
        SMTPServer.Builder builder = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("smtp.test")
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory(this::login))
                .messageHandler((context, from, to, data) ->
                        messages.add(new Received(from, to, new String(data, StandardCharsets.UTF_8), tls(context))));
        server = security.apply(builder).build();
        server.start();
    }

    /** Offers STARTTLS and refuses mail until the client has started TLS. */
    public static SmtpServer startTls(SSLContext tls) {
        return new SmtpServer(b -> b.enableTLS().requireTLS().startTlsSocketFactory(tls));
    }

    /** Does not offer STARTTLS at all. */
    public static SmtpServer plaintextOnly() {
        return new SmtpServer(b -> b);
    }

    /** TLS from the first byte (SMTPS). */
    public static SmtpServer implicitTls(SSLContext tls) {
        return new SmtpServer(b -> b.serverSocketFactory(tls));
    }

    public int port() {
        return server.getPortAllocated();
    }

    public List<Received> messages() {
        return new ArrayList<>(messages);
    }

    public List<Tls> logins() {
        return new ArrayList<>(logins);
    }

    public List<Received> await(int count, Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (messages.size() < count && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        return messages();
    }

    private void login(String user, String password, MessageContext context) throws LoginFailedException {
        logins.add(tls(context));
        if (!USER.equals(user) || !PASSWORD.equals(password)) {
            throw new LoginFailedException();
        }
    }

    private static Tls tls(MessageContext context) {
        Session session = (Session) context;
        String protocol =
                session.getSocket() instanceof SSLSocket ssl ? ssl.getSession().getProtocol() : null;
        return new Tls(session.isTLSStarted(), protocol);
    }

    @Override
    public void close() {
        server.stop();
    }
}
