package io.arrflow.alerts.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The real Prometheus binary that bin/setup installs (Debian's 2.42), with {@code ops/prometheus/prometheus.yml}
 * as shipped (its intervals, the rules in {@code ops/prometheus/rules/}, the {@code arrflow} job's token file and
 * label handling) pointed at loopback stand-ins and a test Alertmanager.
 */
public final class PrometheusProcess implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/prometheus");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A scrape target of the {@code arrflow} job: what compose calls {@code service:port} is a loopback port here. */
    public record Target(String service, int port) {}

    private final Process process;
    private final Path log;
    private final int port;

    private PrometheusProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static PrometheusProcess start(Path directory, List<Target> arrflow, int alertmanagerPort, Path tokenFile)
            throws Exception {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: bin/setup installs prometheus");
        }
        Path config =
                Files.writeString(directory.resolve("prometheus.yml"), config(arrflow, alertmanagerPort, tokenFile));
        Path log = directory.resolve("prometheus.log");
        int port = AlertmanagerProcess.freePort();
        Process process = new ProcessBuilder(List.of(
                        BINARY.toString(),
                        "--config.file=" + config,
                        "--storage.tsdb.path=" + Files.createDirectories(directory.resolve("tsdb")),
                        "--web.listen-address=127.0.0.1:" + port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PrometheusProcess prometheus = new PrometheusProcess(process, log, port);
        prometheus.awaitReady();
        return prometheus;
    }

    /**
     * The shipped configuration with only what a loopback test must change: the rules' and the token file's
     * paths, Alertmanager's address, and the {@code arrflow} job's targets. Loopback addresses have no host
     * name for the {@code service} relabelling to take, so each target carries the label it would give. The
     * other jobs (RabbitMQ, node-exporter, ...) have nothing to scrape here and are left out.
     */
    @SuppressWarnings("unchecked")
    static String config(List<Target> arrflow, int alertmanagerPort, Path tokenFile) throws IOException {
        Map<String, Object> shipped = new Yaml().load(Files.readString(Ops.file("prometheus/prometheus.yml")));
        shipped.put("rule_files", List.of(Ops.file("prometheus/rules") + "/*.yml"));
        Map<String, Object> alerting = (Map<String, Object>) shipped.get("alerting");
        alerting.put(
                "alertmanagers",
                List.of(Map.of(
                        "static_configs", List.of(Map.of("targets", List.of("127.0.0.1:" + alertmanagerPort))))));
        Map<String, Object> job = ((List<Map<String, Object>>) shipped.get("scrape_configs"))
                .stream()
                        .filter(j -> "arrflow".equals(j.get("job_name")))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("prometheus.yml has no arrflow job"));
        Map<String, Object> authorization = (Map<String, Object>) job.get("authorization");
        authorization.put("credentials_file", tokenFile.toString());
        List<Map<String, Object>> targets = new ArrayList<>();
        for (Target target : arrflow) {
            targets.add(Map.of(
                    "targets", List.of("127.0.0.1:" + target.port()), "labels", Map.of("service", target.service())));
        }
        job.put("static_configs", targets);
        job.remove("relabel_configs");
        shipped.put("scrape_configs", List.of(new LinkedHashMap<>(job)));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(shipped);
    }

    /** An instant query's result as Prometheus' JSON. */
    public String query(String expression) throws Exception {
        return get("/api/v1/query?query=" + URLEncoder.encode(expression, StandardCharsets.UTF_8))
                .body();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitReady() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited: " + Files.readString(log));
            }
            try {
                if (get("/-/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("prometheus not ready: " + Files.readString(log));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
