package io.arrflow.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrflow.platform.testing.TestBroker;
import io.arrflow.platform.testing.TestRedis;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The five services in one JVM against the suite's own vhost and Redis, as bin/run's all-in-one mode starts them. */
class AllInOneIT {

    private static final String TOKEN = "all-in-one-it-token-0123456789abcdef";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path home;

    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    @AfterEach
    void stop() {
        running.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void all_five_start_in_one_jvm_each_on_its_own_port_with_its_own_settings() throws Exception {
        Map<String, String> ports = freePorts();

        running.addAll(new AllInOne(Service.ALL, ports).start(settings()));

        assertThat(running)
                .extracting(context -> context.getEnvironment().getProperty("spring.application.name"))
                .containsExactly(
                        "library-watcher", "transcode-worker", "health-prober", "alert-bridge", "secrets-rotator");
        for (Service service : Service.ALL) {
            assertThat(get(service.port(ports), "/actuator/health").statusCode())
                    .as(service.name())
                    .isEqualTo(200);
        }
        // The status page is health-prober's alone: its files are not on the classpath's /static/ for the others.
        int prober = Service.ALL.get(2).port(ports);
        assertThat(get(prober, "/").body()).contains("<html");
        assertThat(get(Service.ALL.get(0).port(ports), "/").statusCode()).isEqualTo(404);
    }

    @Test
    void when_one_cannot_start_none_is_left_running() throws Exception {
        Map<String, String> ports = freePorts();
        Service rotator = Service.ALL.get(4);
        try (ServerSocket taken = new ServerSocket(rotator.port(ports))) {
            assertThatThrownBy(() -> running.addAll(new AllInOne(Service.ALL, ports).start(settings())))
                    .isInstanceOfSatisfying(AllInOne.ServiceFailed.class, failed -> assertThat(failed.service())
                            .isEqualTo("secrets-rotator"));
        }
        for (Service service : Service.ALL) {
            assertThat(listening(service.port(ports))).as(service.name()).isFalse();
        }
    }

    private String[] settings() throws IOException {
        Files.createDirectories(home.resolve("library"));
        List<String> settings = new ArrayList<>();
        Stream.of(TestBroker.springProperties("all-in-one"), TestRedis.springProperties(0))
                .flatMap(Stream::of)
                .forEach(property -> settings.add("--" + property));
        settings.addAll(List.of(
                "--arrflow.api.token=" + TOKEN,
                "--arrflow.webhook.username=arrflow",
                "--arrflow.webhook.password=all-in-one-it-webhook",
                "--arrflow.library.roots=" + home.resolve("library"),
                "--arrflow.library.watch=false",
                "--arrflow.worker.state-dir=" + home.resolve("worker-state")));
        return settings.toArray(String[]::new);
    }

    private static Map<String, String> freePorts() throws IOException {
        Map<String, String> environment = new HashMap<>();
        for (Service service : Service.ALL) {
            try (ServerSocket probe = new ServerSocket(0)) {
                environment.put(service.portVariable(), String.valueOf(probe.getLocalPort()));
            }
        }
        return environment;
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean listening(int port) throws IOException {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }
}
