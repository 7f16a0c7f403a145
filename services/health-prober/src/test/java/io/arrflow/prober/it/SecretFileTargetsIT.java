package io.arrflow.prober.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.prober.support.ArrStub;
import io.arrflow.prober.support.StatsClient;
import io.arrflow.prober.support.TestProber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Targets set as the README recommends for containers: environment variables, the arr app's key in a
 * Docker secret file named by {@code ..._API_KEY_FILE}.
 */
class SecretFileTargetsIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final String ROTATED_KEY = "fedcba9876543210fedcba9876543210";

    @Test
    void an_arr_target_whose_key_file_is_named_in_the_environment_is_probed_with_the_key_in_that_file(
            @TempDir Path secrets) throws Exception {
        Path keyFile = Files.writeString(secrets.resolve("sonarr-api-key"), KEY + "\n");
        try (ArrStub sonarr = ArrStub.start(KEY);
                ConfigurableApplicationContext prober = TestProber.startWithEnvironment(Map.of(
                        "ARRFLOW_PROBER_TARGETS_0_NAME", "env-sonarr",
                        "ARRFLOW_PROBER_TARGETS_0_KIND", "arr",
                        "ARRFLOW_PROBER_TARGETS_0_URL", sonarr.url().toString(),
                        "ARRFLOW_PROBER_TARGETS_0_API_KEY_FILE", keyFile.toString(),
                        "ARRFLOW_PROBER_TARGETS_1_NAME", "env-sonarr-port",
                        "ARRFLOW_PROBER_TARGETS_1_KIND", "tcp",
                        "ARRFLOW_PROBER_TARGETS_1_URL",
                                "tcp://127.0.0.1:" + sonarr.url().getPort()))) {
            StatsClient api = new StatsClient(TestProber.port(prober));

            JsonNode first = api.awaitStats(s -> healthyAfter(s, "env-sonarr", Instant.EPOCH), WAIT);
            assertThat(target(first, "env-sonarr").path("kind").asString()).isEqualTo("arr");
            assertThat(StatsClient.stateOf(first, "env-sonarr-port")).isEqualTo("UP");

            Instant rotation = Instant.now();
            Files.writeString(keyFile, ROTATED_KEY + "\n");
            Files.setLastModifiedTime(keyFile, FileTime.from(rotation.plusSeconds(5)));
            sonarr.acceptOnly(ROTATED_KEY);

            api.awaitStats(s -> healthyAfter(s, "env-sonarr", rotation), WAIT);
        }
    }

    /** Probed after the given instant, and that probe passed: the key it sent was accepted. */
    private static boolean healthyAfter(JsonNode stats, String name, Instant after) {
        JsonNode target = target(stats, name);
        return target.path("checkedAt").isString()
                && Instant.parse(target.path("checkedAt").asString()).isAfter(after)
                && target.path("reason").asString().isEmpty();
    }

    private static JsonNode target(JsonNode stats, String name) {
        return stats.path("targets")
                .valueStream()
                .filter(node -> node.path("name").asString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no target " + name + " in " + stats));
    }
}
