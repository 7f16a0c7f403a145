package io.arrflow.prober.support;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Loopback servers that misbehave the way real targets do: silent, hanging up, or with an untrusted certificate. */
public final class MisbehavingServer implements AutoCloseable {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private final int port;
    private final AutoCloseable server;

    private MisbehavingServer(int port, AutoCloseable server) {
        this.port = port;
        this.server = server;
    }

    /** A port nothing listens on: connecting is refused. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connections are accepted (by the kernel's backlog) but nothing is ever answered. */
    public static MisbehavingServer silent() throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        return new MisbehavingServer(socket.getLocalPort(), socket);
    }

    /** Every connection is accepted and closed at once, before a byte is answered. */
    public static MisbehavingServer hangingUp() throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try (Socket ignored = socket.accept()) {
                    // closed unanswered
                } catch (IOException closedOrFailed) {
                    // the server was closed, or this one connection failed
                }
            }
        });
        return new MisbehavingServer(socket.getLocalPort(), socket);
    }

    /** HTTPS with a self-signed certificate (made by the JDK's keytool), which no client trusts. */
    public static MisbehavingServer untrustedTls(Path dir) throws IOException, InterruptedException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls(selfSignedKeyStore(dir))));
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return new MisbehavingServer(server.getAddress().getPort(), () -> server.stop(0));
    }

    public int port() {
        return port;
    }

    private static Path selfSignedKeyStore(Path dir) throws IOException, InterruptedException {
        Path store = dir.resolve("untrusted.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "untrusted",
                        "-keyalg",
                        "EC",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        new String(PASSWORD))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (keytool.waitFor() != 0 || !Files.isRegularFile(store)) {
            throw new IllegalStateException("keytool could not make a certificate in " + dir);
        }
        return store;
    }

    private static SSLContext tls(Path keyStore) throws IOException {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD);
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the test certificate cannot be used", e);
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
