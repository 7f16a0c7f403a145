package io.arrflow.rotator.rotation.adapter;

import static io.arrflow.rotator.audit.FakeSecrets.arrKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import io.arrflow.model.Envelope;
import io.arrflow.model.SecretMessage.RotateSecret;
import io.arrflow.model.SecretMessage.SecretRotated;
import io.arrflow.model.SecretMessage.SecretRotationFailed;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.platform.secrets.SecretFile;
import io.arrflow.platform.testing.TestBroker;
import io.arrflow.platform.testing.TestRedis;
import io.arrflow.rotator.SecretsRotatorApplication;
import io.arrflow.rotator.cli.adapter.Cli;
import io.arrflow.rotator.init.SecretGenerator;
import io.arrflow.rotator.init.SecretKind;
import io.arrflow.rotator.rotation.RotationOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rotations on the real Docker engine against stand-in arr containers, with the local RabbitMQ
 * (own vhost) and Redis (database 5):
 *
 * <ul>
 *   <li>sonarr: key in config.xml, healthy → rotated;
 *   <li>radarr: an env override pins the old key, so the new one is rejected → rolled back;
 *   <li>lidarr: hangs on every start after the first → never comes back;
 *   <li>prowlarr: reads its key from a bind-mounted secret file ({@code FILE__PROWLARR__AUTH__APIKEY}).
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RotationIT {

    private static final String TOKEN = "rotator-it-api-token";
    private static final String EVENTS_QUEUE = "rotator-it.secret-events";
    private static final Duration HEALTHY_TIMEOUT = Duration.ofSeconds(6);

    private static final DockerClient DOCKER = StandInArr.docker();
    private static final List<StandInArr> STAND_INS = new ArrayList<>();
    private static final List<String> SECRETS_SEEN = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static Path work;
    private static StandInArr sonarr;
    private static StandInArr radarr;
    private static StandInArr lidarr;
    private static StandInArr prowlarr;

    /** Records every key the rotator generates, so the tests can look for it in logs and messages. */
    @TestConfiguration
    static class RecordingGenerator {

        @Bean
        @Primary
        SecretGenerator recordingSecretGenerator() {
            return new SecretGenerator() {
                @Override
                public String generate(SecretKind kind) {
                    String value = super.generate(kind);
                    SECRETS_SEEN.add(value);
                    return value;
                }
            };
        }
    }

    @Autowired
    private MessagePublisher publisher;

    @Autowired
    private RabbitTemplate rabbit;

    @Autowired
    private AmqpAdmin admin;

    @Autowired
    private StringRedisTemplate redis;

    @Autowired
    private RotationService rotations;

    @Autowired
    private RotationSchedule schedule;

    @LocalServerPort
    private int port;

    private final EnvelopeCodec codec = new EnvelopeCodec();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startStandIns() throws IOException {
        work = Files.createTempDirectory("arrflow-rotator-it");
        Path secrets = Files.createDirectories(work.resolve("secrets"));
        StandInArr.buildImage(DOCKER);
        sonarr = standIn("sonarr", 1, List.of(), List.of());
        radarr = standIn("radarr", 2, List.of("APP=RADARR", "RADARR__AUTH__APIKEY=" + arrKey(2)), List.of());
        lidarr = standIn("lidarr", 3, List.of("APP=LIDARR", "STANDIN_MAX_STARTS=1"), List.of());
        Path prowlarrKey = secrets.resolve("prowlarr-api-key");
        writeSecret(prowlarrKey, arrKey(4));
        prowlarr = standIn(
                "prowlarr",
                4,
                List.of("APP=PROWLARR", "FILE__PROWLARR__AUTH__APIKEY=/run/secrets/prowlarr-api-key"),
                List.of(new Bind(prowlarrKey.toString(), new Volume("/run/secrets/prowlarr-api-key"))));
        writeSecret(secrets.resolve("sonarr-api-key"), arrKey(1));
        writeSecret(secrets.resolve("radarr-api-key"), arrKey(2));
        writeSecret(secrets.resolve("lidarr-api-key"), arrKey(3));
    }

    private static StandInArr standIn(String app, long seed, List<String> env, List<Bind> binds) throws IOException {
        SECRETS_SEEN.add(arrKey(seed));
        StandInArr standIn = StandInArr.start(DOCKER, work, app, arrKey(seed), env, binds);
        STAND_INS.add(standIn);
        return standIn;
    }

    private static void writeSecret(Path file, String value) throws IOException {
        Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @AfterAll
    static void removeStandIns() {
        STAND_INS.forEach(StandInArr::close);
        StandInArr.removeImage(DOCKER);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        for (String property : TestBroker.springProperties("secrets-rotator")) {
            String[] pair = property.split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        }
        for (String property : TestRedis.springProperties(5)) {
            String[] kv = property.split("=", 2);
            registry.add(kv[0], () -> kv[1]);
        }
        registry.add("arrflow.api.token", () -> TOKEN);
        appProperties("").forEach((key, value) -> registry.add(key, () -> value));
    }

    /** The rotator's settings for the four stand-ins, as Spring properties with an optional prefix. */
    static Map<String, String> appProperties(String prefix) {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        properties.put(
                prefix + "arrflow.rotator.secrets-dir", work.resolve("secrets").toString());
        properties.put(prefix + "arrflow.rotator.healthy-timeout", HEALTHY_TIMEOUT.toSeconds() + "s");
        properties.put(prefix + "arrflow.rotator.poll-interval", "200ms");
        properties.put(prefix + "arrflow.rotator.stop-timeout", "2s");
        properties.put(prefix + "arrflow.rotator.schedule", "-");
        for (StandInArr standIn : STAND_INS) {
            String app = standIn.container.split("-")[3];
            String base = prefix + "arrflow.rotator.apps." + app + ".";
            properties.put(base + "container", standIn.container);
            properties.put(base + "url", standIn.url().toString());
            properties.put(base + "api-path", "/api/v3");
            properties.put(base + "scheduled", String.valueOf(app.equals("sonarr")));
            if (!app.equals("prowlarr")) {
                properties.put(base + "config-xml", standIn.configXml().toString());
            }
        }
        return properties;
    }

    @BeforeEach
    void listenToSecretEvents() {
        Queue queue = new Queue(EVENTS_QUEUE, false, false, false);
        admin.declareQueue(queue);
        admin.declareBinding(
                new Binding(EVENTS_QUEUE, Binding.DestinationType.QUEUE, Topology.EVENTS, "secret.#", null));
        admin.purgeQueue(EVENTS_QUEUE, false);
        redis.delete(redis.keys(RotationLock.PREFIX + "*"));
    }

    @Test
    void rotates_a_config_xml_key_and_a_consumer_following_the_secret_file_reloads_it(CapturedOutput output)
            throws Exception {
        Path keyFile = work.resolve("secrets/sonarr-api-key");
        SecretFile consumer = new SecretFile(keyFile);
        String oldKey = consumer.value().orElseThrow();
        int before = rotations.version("sonarr");
        String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(sonarr.configXml()));

        long start = System.nanoTime();
        command(new RotateSecret("sonarr-api-key", "integration test"));
        Envelope event = nextEvent();
        long took = (System.nanoTime() - start) / 1_000_000;
        System.out.println("sonarr rotation (command to SecretRotated): " + took + " ms");

        assertThat(event.payload()).isEqualTo(new SecretRotated("sonarr-api-key", before + 1));
        String newKey = consumer.value().orElseThrow();
        SECRETS_SEEN.add(newKey);
        assertThat(newKey).matches("[0-9a-f]{32}").isNotEqualTo(oldKey);
        assertThat(status(sonarr, newKey)).isEqualTo(200);
        assertThat(status(sonarr, oldKey)).isEqualTo(401);
        assertThat(Files.readString(sonarr.configXml())).contains("<ApiKey>" + newKey + "</ApiKey>");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(sonarr.configXml())))
                .isEqualTo(permissions);
        Path backup = sonarr.configDir.resolve("config.xml.bak");
        assertThat(Files.readString(backup)).contains(oldKey);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                .isEqualTo("rw-------");
        assertNoSecretIn(output.getAll());
    }

    @Test
    void rolls_back_when_the_instance_does_not_accept_the_new_key(CapturedOutput output) throws Exception {
        String oldKey = arrKey(2);
        int secretsKnown = SECRETS_SEEN.size();

        long start = System.nanoTime();
        handWrittenCommand("{\"type\":\"RotateSecret\",\"version\":1,"
                + "\"payload\":{\"name\":\"radarr-api-key\",\"reason\":\"leaked\"}}");
        Envelope event = nextEvent();
        System.out.println("radarr rollback (command to SecretRotationFailed): "
                + (System.nanoTime() - start) / 1_000_000 + " ms");

        SecretRotationFailed failed = (SecretRotationFailed) event.payload();
        assertThat(failed.name()).isEqualTo("radarr-api-key");
        assertThat(failed.rolledBack()).isTrue();
        assertThat(failed.reason()).contains("key rejected (HTTP 401)");
        assertThat(Files.readString(radarr.configXml())).contains("<ApiKey>" + oldKey + "</ApiKey>");
        assertThat(status(radarr, oldKey)).isEqualTo(200);
        assertThat(new SecretFile(work.resolve("secrets/radarr-api-key")).value())
                .contains(oldKey);
        assertThat(SECRETS_SEEN)
                .as("the rejected key was generated and is looked for")
                .hasSizeGreaterThan(secretsKnown);
        assertNoSecretIn(output.getAll());
    }

    @Test
    void gives_up_on_a_container_that_never_comes_back_and_says_the_old_key_is_unverified(CapturedOutput output)
            throws Exception {
        long start = System.nanoTime();
        RotationOutcome outcome = rotations.rotate("lidarr", "integration test", Optional.empty());
        long took = (System.nanoTime() - start) / 1_000_000;
        System.out.println("lidarr never back (rotation to RollbackFailed): " + took + " ms");

        assertThat(outcome).isInstanceOf(RotationOutcome.RollbackFailed.class);
        assertThat(((RotationOutcome.RollbackFailed) outcome).reason())
                .contains("no answer on")
                .contains("after rollback");
        assertThat(took).isGreaterThanOrEqualTo(2 * HEALTHY_TIMEOUT.toMillis());
        SecretRotationFailed failed = (SecretRotationFailed) nextEvent().payload();
        assertThat(failed.rolledBack()).isFalse();
        assertThat(Files.readString(lidarr.configXml())).contains("<ApiKey>" + arrKey(3) + "</ApiKey>");
        assertThat(call("GET", "/actuator/prometheus", TOKEN, null).body())
                .containsPattern("arrflow_rotations_total\\{[^}]*app=\"lidarr\"[^}]*outcome=\"RollbackFailed\"");
        assertNoSecretIn(output.getAll());
    }

    @Test
    void rotates_a_key_read_from_a_bind_mounted_secret_file_through_the_rest_api(CapturedOutput output)
            throws Exception {
        Path keyFile = work.resolve("secrets/prowlarr-api-key");
        Object inode = Files.getAttribute(keyFile, "unix:ino");

        HttpResponse<String> accepted = call("POST", "/api/rotations/prowlarr", TOKEN, null);
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(accepted.body()).contains("\"name\":\"prowlarr-api-key\"");
        assertThat(nextEvent().payload()).isInstanceOf(SecretRotated.class);

        String newKey = Files.readString(keyFile).strip();
        SECRETS_SEEN.add(newKey);
        assertThat(Files.getAttribute(keyFile, "unix:ino")).isEqualTo(inode);
        assertThat(status(prowlarr, newKey)).isEqualTo(200);
        assertThat(status(prowlarr, arrKey(4))).isEqualTo(401);
        assertNoSecretIn(output.getAll());
    }

    @Test
    void the_schedule_queues_a_rotation_of_every_scheduled_app() {
        int before = rotations.version("sonarr");

        schedule.rotateScheduledApps();

        assertThat(nextEvent().payload()).isEqualTo(new SecretRotated("sonarr-api-key", before + 1));
        assertThat(rabbit.receive(EVENTS_QUEUE, 1_000))
                .as("only sonarr is scheduled")
                .isNull();
    }

    @Test
    void runs_one_rotation_at_a_time_per_app() {
        redis.opsForValue().set(RotationLock.PREFIX + "sonarr", "another-rotator", Duration.ofMinutes(1));

        assertThat(rotations.rotate("sonarr", "integration test", Optional.empty()))
                .isEqualTo(new RotationOutcome.Busy("sonarr"));
        assertThat(rabbit.receive(EVENTS_QUEUE, 500)).isNull();
    }

    @Test
    void rotates_from_the_command_line_without_a_web_server() throws Exception {
        List<String> args = new ArrayList<>();
        for (String property : TestBroker.springProperties("secrets-rotator")) {
            args.add("--" + property);
        }
        for (String property : TestRedis.springProperties(5)) {
            args.add("--" + property);
        }
        appProperties("--").forEach((key, value) -> args.add(key + "=" + value));

        int exit = SecretsRotatorApplication.rotateOnce("sonarr", args.toArray(String[]::new));

        assertThat(exit).isEqualTo(Cli.OK);
        assertThat(nextEvent().payload()).isInstanceOf(SecretRotated.class);
        SECRETS_SEEN.add(
                new SecretFile(work.resolve("secrets/sonarr-api-key")).value().orElseThrow());
        assertThat(SecretsRotatorApplication.rotateOnce("plex", args.toArray(String[]::new)))
                .isEqualTo(Cli.USAGE);
    }

    @Test
    void dead_letters_a_command_for_an_app_that_is_not_configured() throws Exception {
        String vhost = TestBroker.vhost("secrets-rotator");
        String dlq = Topology.SECRET_COMMANDS + Topology.DLQ_SUFFIX;
        long before = TestBroker.messagesReady(vhost, dlq);

        command(new RotateSecret("plex-api-key", "integration test"));

        long deadline = System.currentTimeMillis() + 15_000;
        while (TestBroker.messagesReady(vhost, dlq) == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertThat(TestBroker.messagesReady(vhost, dlq)).isEqualTo(before + 1);
    }

    @Test
    void the_api_lists_versions_never_values_and_needs_the_token() throws Exception {
        assertThat(call("GET", "/api/secrets", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> secrets = call("GET", "/api/secrets", TOKEN, null);
        assertThat(secrets.statusCode()).isEqualTo(200);
        assertThat(secrets.body()).contains("sonarr-api-key", "radarr-api-key", "lidarr-api-key", "prowlarr-api-key");
        SECRETS_SEEN.forEach(secret -> assertThat(secrets.body()).doesNotContain(secret));

        HttpResponse<String> unknown = call("POST", "/api/rotations/plex", TOKEN, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no arr app named 'plex'");
    }

    @Test
    void the_api_audits_a_path_and_reports_locations_only() throws Exception {
        Path repo = Files.createDirectories(work.resolve("audited"));
        String planted = arrKey(77);
        Files.writeString(repo.resolve(".env"), "SONARR_API_KEY=" + planted + "\n");

        HttpResponse<String> report = call("POST", "/api/audit", TOKEN, "{\"path\":\"" + repo + "\"}");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body())
                .contains("\".env:1\"", "arr-api-key", "\"clean\":false")
                .doesNotContain(planted);
        assertThat(call("POST", "/api/audit", TOKEN, "{\"path\":\"" + work.resolve("missing") + "\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(call("POST", "/api/audit", TOKEN, "{}").statusCode()).isEqualTo(400);
    }

    private void command(RotateSecret command) {
        publisher.publish("", Topology.SECRET_COMMANDS, Envelope.of(command, "rotator-it"));
    }

    /** What a person types into the management UI's "Publish message": no id, no timestamp. */
    private void handWrittenCommand(String json) {
        rabbit.send("", Topology.SECRET_COMMANDS, new Message(json.getBytes(StandardCharsets.UTF_8)));
    }

    private Envelope nextEvent() {
        Message message = rabbit.receive(EVENTS_QUEUE, 60_000);
        assertThat(message).as("a secret event within 60 s").isNotNull();
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        assertNoSecretIn(body);
        return codec.decode(message.getBody());
    }

    private static void assertNoSecretIn(String text) {
        for (String secret : SECRETS_SEEN) {
            assertThat(text).as("no secret in logs or messages").doesNotContain(secret);
        }
    }

    private int status(StandInArr standIn, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(standIn.url().resolve("/api/v3/system/status"))
                .header("X-Api-Key", key)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
