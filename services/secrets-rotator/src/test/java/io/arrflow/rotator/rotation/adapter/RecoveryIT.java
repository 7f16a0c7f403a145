package io.arrflow.rotator.rotation.adapter;

import static io.arrflow.rotator.audit.FakeSecrets.arrKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import io.arrflow.model.Envelope;
import io.arrflow.model.SecretMessage.SecretRotated;
import io.arrflow.model.SecretMessage.SecretRotationFailed;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.platform.testing.TestBroker;
import io.arrflow.platform.testing.TestRedis;
import io.arrflow.rotator.RotatorProperties;
import io.arrflow.rotator.SecretsRotatorApplication;
import io.arrflow.rotator.init.SecretGenerator;
import io.arrflow.rotator.rotation.ApiKey;
import io.arrflow.rotator.rotation.ArrInstance;
import io.arrflow.rotator.rotation.ArrTarget;
import io.arrflow.rotator.rotation.ConfigXml;
import io.arrflow.rotator.rotation.Rotation;
import io.arrflow.rotator.rotation.RotationJournal;
import io.arrflow.rotator.rotation.RotationStep;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A rotator killed in the middle of a rotation, then started again: the rotation is run with the
 * real parts (Docker stand-in containers, Redis database 5, RabbitMQ in its own vhost) and a journal
 * that stops it dead after a given step, leaving its lock held; a second application context, the
 * restarted rotator, must finish or undo it while it starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith(OutputCaptureExtension.class)
class RecoveryIT {

    private static final String SUITE = "secrets-rotator-recovery";
    private static final String EVENTS_QUEUE = "rotator-recovery-it.secret-events";
    private static final DockerClient DOCKER = StandInArr.docker();
    private static final Map<String, StandInArr> STAND_INS = new LinkedHashMap<>();
    private static Path work;

    @Autowired
    private RotatorProperties properties;

    @Autowired
    private DockerClient docker;

    @Autowired
    private StringRedisTemplate redis;

    @Autowired
    private RabbitTemplate rabbit;

    @Autowired
    private AmqpAdmin admin;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Thrown by the journal in place of the rotator process dying. */
    private static final class Killed extends RuntimeException {}

    @BeforeAll
    static void startStandIns() throws IOException {
        work = Files.createTempDirectory("arrflow-rotator-recovery-it");
        Path secrets = Files.createDirectories(work.resolve("secrets"));
        StandInArr.buildImage(DOCKER);
        STAND_INS.put("sonarr", StandInArr.start(DOCKER, work, "sonarr", arrKey(11), List.of(), List.of()));
        STAND_INS.put(
                "radarr",
                StandInArr.start(
                        DOCKER,
                        work,
                        "radarr",
                        arrKey(12),
                        List.of("APP=RADARR", "RADARR__AUTH__APIKEY=" + arrKey(12)),
                        List.of()));
        Path prowlarrKey = secrets.resolve("prowlarr-api-key");
        writeSecret(prowlarrKey, arrKey(14));
        STAND_INS.put(
                "prowlarr",
                StandInArr.start(
                        DOCKER,
                        work,
                        "prowlarr",
                        arrKey(14),
                        List.of("APP=PROWLARR", "FILE__PROWLARR__AUTH__APIKEY=/run/secrets/prowlarr-api-key"),
                        List.of(new Bind(prowlarrKey.toString(), new Volume("/run/secrets/prowlarr-api-key")))));
        writeSecret(secrets.resolve("sonarr-api-key"), arrKey(11));
        writeSecret(secrets.resolve("radarr-api-key"), arrKey(12));
    }

    private static void writeSecret(Path file, String value) throws IOException {
        Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @AfterAll
    static void removeStandIns() {
        STAND_INS.values().forEach(StandInArr::close);
        StandInArr.removeImage(DOCKER);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        rotatorProperties().forEach(property -> {
            String[] pair = property.split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        });
        // This context plays the rotator that dies: it must not recover anything itself.
        registry.add("arrflow.rotator.recover-at-start-up", () -> "false");
    }

    private static List<String> rotatorProperties() {
        List<String> properties = new ArrayList<>(List.of(TestBroker.springProperties(SUITE)));
        properties.addAll(List.of(TestRedis.springProperties(5)));
        properties.add("arrflow.rotator.secrets-dir=" + work.resolve("secrets"));
        properties.add("arrflow.rotator.healthy-timeout=6s");
        properties.add("arrflow.rotator.poll-interval=200ms");
        properties.add("arrflow.rotator.stop-timeout=2s");
        properties.add("arrflow.rotator.schedule=-");
        properties.add("arrflow.rotator.commands=false");
        STAND_INS.forEach((app, standIn) -> {
            String base = "arrflow.rotator.apps." + app + ".";
            properties.add(base + "container=" + standIn.container);
            properties.add(base + "url=" + standIn.url());
            properties.add(base + "api-path=/api/v3");
            if (!app.equals("prowlarr")) {
                properties.add(base + "config-xml=" + standIn.configXml());
            }
        });
        return properties;
    }

    @BeforeEach
    void listenToSecretEvents() {
        admin.declareQueue(new Queue(EVENTS_QUEUE, false, false, false));
        admin.declareBinding(
                new Binding(EVENTS_QUEUE, Binding.DestinationType.QUEUE, Topology.EVENTS, "secret.#", null));
        admin.purgeQueue(EVENTS_QUEUE, false);
    }

    @Test
    void finishes_a_rotation_killed_after_the_new_key_was_written(CapturedOutput output) throws Exception {
        String oldKey = arrKey(11);
        int before = version("sonarr");

        killDuringRotation("sonarr", RotationStep.NEW_KEY_WRITTEN);
        String written = configKey("sonarr");
        assertThat(written).isNotEqualTo(oldKey);
        assertThat(status("sonarr", written))
                .as("not restarted before the kill")
                .isEqualTo(401);

        restartRotator();

        assertThat(nextEvent().payload()).isEqualTo(new SecretRotated("sonarr-api-key", before + 1));
        assertThat(secretFile("sonarr")).isEqualTo(written);
        assertThat(status("sonarr", written)).isEqualTo(200);
        assertThat(status("sonarr", oldKey)).isEqualTo(401);
        assertRecovered("sonarr", output, oldKey, written);
    }

    @Test
    void stores_a_key_verified_by_a_rotation_killed_before_storing_it(CapturedOutput output) throws Exception {
        String oldKey = arrKey(14);
        int before = version("prowlarr");

        killDuringRotation("prowlarr", RotationStep.NEW_KEY_VERIFIED);
        String inForce = secretFile("prowlarr");
        assertThat(status("prowlarr", inForce)).isEqualTo(200);
        assertThat(version("prowlarr")).as("not stored before the kill").isEqualTo(before);

        restartRotator();

        assertThat(nextEvent().payload()).isEqualTo(new SecretRotated("prowlarr-api-key", before + 1));
        assertThat(secretFile("prowlarr")).isEqualTo(inForce).isNotEqualTo(oldKey);
        assertThat(status("prowlarr", inForce)).isEqualTo(200);
        assertRecovered("prowlarr", output, oldKey, inForce);
    }

    @Test
    void rolls_back_a_killed_rotation_whose_new_key_the_instance_does_not_take(CapturedOutput output) throws Exception {
        String oldKey = arrKey(12);

        killDuringRotation("radarr", RotationStep.NEW_KEY_WRITTEN);
        String rejected = configKey("radarr");

        restartRotator();

        SecretRotationFailed failed = (SecretRotationFailed) nextEvent().payload();
        assertThat(failed.name()).isEqualTo("radarr-api-key");
        assertThat(failed.rolledBack()).isTrue();
        assertThat(failed.reason()).startsWith("interrupted rotation recovered at start-up");
        assertThat(configKey("radarr")).isEqualTo(oldKey);
        assertThat(secretFile("radarr")).isEqualTo(oldKey);
        assertThat(status("radarr", oldKey)).isEqualTo(200);
        assertRecovered("radarr", output, oldKey, rejected);
    }

    /** Runs a real rotation whose process "dies" right after {@code step}: no cleanup, lock still held. */
    private void killDuringRotation(String app, RotationStep step) {
        String token = UUID.randomUUID().toString();
        redis.opsForValue().set(RotationLock.PREFIX + app, token, properties.lockTtl());
        ArrTarget target = ArrTarget.of(app, properties.app(app).orElseThrow(), properties.secretsDir());
        HttpArrHealth health =
                new HttpArrHealth(HttpArrHealth.client(), target.url(), target.apiPath(), properties.pollInterval());
        ArrInstance instance =
                new DockerArrInstance(target, docker, properties.stopTimeout(), health, new ConsumerKeys(redis));
        RotationJournal journal = new RotationJournals(redis, Clock.systemUTC()).journal(token);
        RotationJournal dying = (name, reached, detail) -> {
            journal.record(name, reached, detail);
            if (reached == step) {
                throw new Killed();
            }
        };
        Rotation rotation = new Rotation(
                app,
                instance,
                () -> ApiKey.generate(new SecretGenerator()),
                properties.healthyTimeout(),
                dying,
                Clock.systemUTC());

        assertThatThrownBy(rotation::run).isInstanceOf(Killed.class);
        assertThat(redis.hasKey(RotationLock.PREFIX + app)).isTrue();
        assertThat(redis.opsForHash().get(RotationJournals.PREFIX + app, "step"))
                .isEqualTo(step.name());
    }

    /** Starts the rotator again, as after a crash; the recovery runs while it starts. */
    private static void restartRotator() {
        SpringApplication application = new SpringApplication(SecretsRotatorApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        String[] args =
                rotatorProperties().stream().map(property -> "--" + property).toArray(String[]::new);
        try (ConfigurableApplicationContext restarted = application.run(args)) {
            assertThat(restarted.getBean(StartupRecovery.class).isRunning()).isTrue();
        }
    }

    private void assertRecovered(String app, CapturedOutput output, String... keys) {
        assertThat(redis.hasKey(RotationLock.PREFIX + app)).as("lock released").isFalse();
        assertThat(redis.hasKey(RotationJournals.PREFIX + app))
                .as("journal cleared")
                .isFalse();
        assertThat(output.getAll())
                .containsPattern(app + ": interrupted rotation recovered at start-up \\(it had stopped after: .*"
                        + "its stale lock released\\)");
        for (String key : keys) {
            assertThat(output.getAll()).as("no key in the logs").doesNotContain(key);
        }
    }

    private Envelope nextEvent() {
        Message message = rabbit.receive(EVENTS_QUEUE, 30_000);
        assertThat(message).as("a secret event within 30 s").isNotNull();
        return new EnvelopeCodec().decode(message.getBody());
    }

    private int version(String app) {
        Object value = redis.opsForHash().get(ConsumerKeys.VERSIONS, app + "-api-key");
        return value == null ? 0 : Integer.parseInt(value.toString());
    }

    private String configKey(String app) throws IOException {
        return ConfigXml.apiKey(Files.readString(STAND_INS.get(app).configXml()))
                .orElseThrow()
                .value();
    }

    private static String secretFile(String app) throws IOException {
        return Files.readString(work.resolve("secrets/" + app + "-api-key")).strip();
    }

    private int status(String app, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(STAND_INS.get(app).url().resolve("/api/v3/system/status"))
                .header("X-Api-Key", key)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
