package io.arrflow.rotator.init;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.rotator.cli.Command;
import io.arrflow.rotator.cli.adapter.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init DIR} on the real file system. */
class InitIT {

    @TempDir
    Path dir;

    private String init() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .runStandalone(new Command.Init(dir));
        assertThat(exit).isEqualTo(Cli.OK);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Map<String, String> values() throws Exception {
        Map<String, String> values = new HashMap<>();
        for (StackSecret secret : StackSecrets.ALL) {
            values.put(secret.name(), Files.readString(dir.resolve("secrets").resolve(secret.name())));
        }
        return values;
    }

    @Test
    void generates_every_secret_of_the_stack_as_a_private_file() throws Exception {
        init();

        assertThat(permissions(dir.resolve("secrets"))).isEqualTo("rwx------");
        for (StackSecret secret : StackSecrets.ALL) {
            Path file = dir.resolve("secrets").resolve(secret.name());
            assertThat(permissions(file)).as(secret.name()).isEqualTo("rw-------");
            assertThat(Files.readString(file)).isNotBlank();
        }
        assertThat(values().get("sonarr-api-key")).matches("[0-9a-f]{32}");
        assertThat(values().get("prowlarr-api-key")).matches("[0-9a-f]{32}");
    }

    @Test
    void writes_an_env_file_that_references_every_secret_by_file() throws Exception {
        init();

        String env = Files.readString(dir.resolve(".env"));
        StackSecrets.ALL.forEach(secret -> secret.variables()
                .forEach(variable -> assertThat(env).contains(variable + "=/run/secrets/" + secret.name())));
        values().values().forEach(value -> assertThat(env).doesNotContain(value));
    }

    @Test
    void lists_the_names_and_never_a_value() throws Exception {
        String output = init();

        StackSecrets.ALL.forEach(secret -> assertThat(output).contains("created  secrets/" + secret.name()));
        values().values().forEach(value -> assertThat(output).doesNotContain(value));
    }

    @Test
    void never_overwrites_an_existing_secret_or_env_file() throws Exception {
        Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(dir.resolve("secrets/redis-password"), "chosen-by-the-user");
        init();
        Map<String, String> first = values();

        String second = init();

        assertThat(values()).isEqualTo(first);
        assertThat(first.get("redis-password")).isEqualTo("chosen-by-the-user");
        assertThat(second).contains("kept     secrets/sonarr-api-key").contains("kept     .env");
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
