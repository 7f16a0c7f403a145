package io.arrflow.watcher;

import static org.awaitility.Awaitility.await;

import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.RunTranscode;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.platform.testing.TestBroker;
import io.arrflow.platform.testing.TestRedis;
import io.arrflow.transcode.testing.TestMedia;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One running library-watcher for all integration tests: real RabbitMQ (own vhost), real Redis
 * (database 1 of the run's own server), real ffprobe on generated clips in a temporary library, and a loopback Sonarr.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WatcherIntegrationTest {

    static final String TOKEN = "it-token-" + UUID.randomUUID();
    static final String WEBHOOK_USER = "sonarr";
    static final String WEBHOOK_PASSWORD = "pw-" + UUID.randomUUID();
    static final String SONARR_KEY = UUID.randomUUID().toString().replace("-", "");
    static final String TAP = "it.library-watcher.events.tap";
    static final Path LIBRARY;
    static final Path H264;
    static final Path HEVC;
    static final Path SONARR_KEY_FILE;
    static final FakeSonarr SONARR;

    static {
        try {
            LIBRARY = Files.createTempDirectory("arrflow-library-").toRealPath();
            for (String root : List.of("tv", "movies", "music")) {
                Files.createDirectories(LIBRARY.resolve(root));
            }
            Path clips = Files.createTempDirectory("arrflow-clips-");
            H264 = TestMedia.h264(clips.resolve("h264.mkv"), 2);
            HEVC = TestMedia.hevc(clips.resolve("hevc.mkv"), 2);
            SONARR_KEY_FILE = Files.writeString(clips.resolve("sonarr-api-key"), SONARR_KEY + "\n");
            SONARR = new FakeSonarr(SONARR_KEY);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        for (String property : TestBroker.springProperties("library-watcher")) {
            int equals = property.indexOf('=');
            registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
        }
        for (String property : TestRedis.springProperties(1)) {
            int equals = property.indexOf('=');
            registry.add(property.substring(0, equals), () -> property.substring(equals + 1));
        }
        registry.add("arrflow.api.token", () -> TOKEN);
        registry.add("arrflow.webhook.username", () -> WEBHOOK_USER);
        registry.add("arrflow.webhook.password", () -> WEBHOOK_PASSWORD);
        registry.add(
                "arrflow.library.roots",
                () -> LIBRARY.resolve("tv") + "," + LIBRARY.resolve("movies") + "," + LIBRARY.resolve("music"));
        registry.add(
                "arrflow.path.mappings",
                () -> "/tv=" + LIBRARY.resolve("tv") + ",/movies=" + LIBRARY.resolve("movies") + ",/music="
                        + LIBRARY.resolve("music"));
        registry.add("arrflow.library.stable-after", () -> "300ms");
        registry.add("arrflow.library.rescan-interval", () -> "0s");
        registry.add("arrflow.policy.min-size", () -> "1KB");
        registry.add("arrflow.policy.excluded-tags", () -> "keep-original");
        registry.add("arrflow.arr.sonarr.url", SONARR::url);
        registry.add("arrflow.arr.sonarr.api-key-file", SONARR_KEY_FILE::toString);
        registry.add("arrflow.rescan.first-backoff", () -> "50ms");
        registry.add("arrflow.rescan.poll-interval", () -> "50ms");
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    StringRedisTemplate redis;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    final EnvelopeCodec codec = new EnvelopeCodec();
    private final List<Envelope> drainedJobs = new ArrayList<>();

    @BeforeEach
    void cleanSlate() {
        redis.execute(
                connection -> {
                    connection.serverCommands().flushDb();
                    return null;
                },
                true);
        admin.declareQueue(new Queue(TAP, false, false, false));
        admin.declareBinding(new Binding(TAP, Binding.DestinationType.QUEUE, Topology.EVENTS, "#", null));
        for (String queue : List.of(TAP, Topology.TRANSCODE_JOBS, Topology.TRANSCODE_REQUESTS + Topology.DLQ_SUFFIX)) {
            admin.purgeQueue(queue, false);
        }
        SONARR.calls.clear();
        SONARR.failuresLeft = 0;
    }

    /** Copies a clip into the library at an arr-relative path such as {@code tv/Show/Season 01/e01.mkv}. */
    static Path inLibrary(Path clip, String relative) throws IOException {
        Path target = LIBRARY.resolve(relative);
        Files.createDirectories(target.getParent());
        return Files.copy(clip, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A webhook sample from the test resources ({@code arr/<name>.json}) as an editable tree. */
    ObjectNode sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/arr/" + name + ".json")) {
            return (ObjectNode) json.readTree(in);
        }
    }

    HttpResponse<String> postWebhook(String app, JsonNode body) throws Exception {
        return post("/webhooks/" + app, json.writeValueAsString(body), basic(WEBHOOK_USER, WEBHOOK_PASSWORD));
    }

    HttpResponse<String> post(String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.ISO_8859_1));
    }

    static String bearer() {
        return "Bearer " + TOKEN;
    }

    /** Every job for {@code path} that reached a worker queue so far (drained, kept for the test). */
    List<RunTranscode> jobsFor(Path path) {
        for (String family : List.of("any", "software", "vaapi", "qsv")) {
            Message message;
            while ((message = rabbit.receive(Topology.jobQueue(family))) != null) {
                drainedJobs.add(codec.decode(message.getBody()));
            }
        }
        return drainedJobs.stream()
                .map(Envelope::payload)
                .map(RunTranscode.class::cast)
                .filter(job -> job.path().equals(path.toString()))
                .toList();
    }

    List<RunTranscode> awaitJobsFor(Path path, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jobsFor(path).size() >= count);
        return jobsFor(path);
    }

    /** Waits for an event on arrflow.events that matches, skipping others. */
    Envelope awaitEvent(Predicate<Envelope> wanted) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Message message = rabbit.receive(TAP, 500);
            if (message != null) {
                Envelope envelope = codec.decode(message.getBody());
                if (wanted.test(envelope)) {
                    return envelope;
                }
            }
        }
        throw new AssertionError("no matching event on " + Topology.EVENTS + " within 20 s");
    }

    /** Events seen on the tap within {@code window}. */
    List<Envelope> eventsWithin(Duration window) {
        List<Envelope> seen = new ArrayList<>();
        long deadline = System.currentTimeMillis() + window.toMillis();
        while (System.currentTimeMillis() < deadline) {
            Optional.ofNullable(rabbit.receive(TAP, 200))
                    .map(m -> codec.decode(m.getBody()))
                    .ifPresent(seen::add);
        }
        return seen;
    }
}
