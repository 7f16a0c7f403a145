package io.arrflow.alerts.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Alertmanager binary that bin/setup installs, on a free loopback port with clustering off and a
 * webhook receiver pointing at alert-bridge with a Bearer token.
 */
public final class AlertmanagerProcess implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final Path log;
    private final int port;

    private AlertmanagerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static AlertmanagerProcess start(Path directory, String webhookUrl, String token) throws Exception {
        return launch(directory, config(webhookUrl, token));
    }

    /**
     * With {@code ops/alertmanager/alertmanager.yml} as shipped: only alert-bridge's address and the token
     * file's path are changed (grouping, timings, routes and inhibitions stay).
     */
    public static AlertmanagerProcess startShipped(Path directory, String webhookUrl, Path tokenFile) throws Exception {
        String shipped = Files.readString(Ops.file("alertmanager/alertmanager.yml"));
        String url = "http://alert-bridge:8085/alertmanager";
        String token = "/run/secrets/arrflow-api-token";
        if (!shipped.contains(url) || !shipped.contains(token)) {
            throw new IllegalStateException("alertmanager.yml no longer sends to " + url + " with " + token);
        }
        return launch(directory, shipped.replace(url, webhookUrl).replace(token, tokenFile.toString()));
    }

    private static AlertmanagerProcess launch(Path directory, String configuration) throws Exception {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: bin/setup installs prometheus-alertmanager");
        }
        Path config = Files.writeString(directory.resolve("alertmanager.yml"), configuration);
        Path log = directory.resolve("alertmanager.log");
        int port = freePort();
        Process process = new ProcessBuilder(List.of(
                        BINARY.toString(),
                        "--config.file=" + config,
                        "--storage.path=" + Files.createDirectories(directory.resolve("data")),
                        "--web.listen-address=127.0.0.1:" + port,
                        "--cluster.listen-address="))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        AlertmanagerProcess alertmanager = new AlertmanagerProcess(process, log, port);
        alertmanager.awaitReady();
        return alertmanager;
    }

    private static String config(String webhookUrl, String token) {
        return """
                route:
                  receiver: arrflow
                  group_by: [alertname]
                  group_wait: 200ms
                  group_interval: 1s
                  repeat_interval: 1h
                receivers:
                  - name: arrflow
                    webhook_configs:
                      - url: %s
                        send_resolved: true
                        http_config:
                          authorization:
                            credentials: %s
                """.formatted(webhookUrl, token);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("alertmanager exited: " + Files.readString(log));
            }
            try {
                if (get("/-/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("alertmanager not ready: " + Files.readString(log));
    }

    /** Posts alerts to {@code /api/v2/alerts} as Prometheus does. */
    public void post(String alertsJson) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(base("/api/v2/alerts"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(alertsJson))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("alertmanager answered " + response.statusCode() + ": " + response.body());
        }
    }

    public int port() {
        return port;
    }

    /**
     * What {@code /metrics} counts for the webhook integration: notifications attempted and failed. Every
     * firing or resolved notification to alert-bridge counts once.
     */
    public long webhookNotifications(String metric) throws Exception {
        return get("/metrics")
                .body()
                .lines()
                .filter(line -> line.startsWith(metric + "{") && line.contains("integration=\"webhook\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI base(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
