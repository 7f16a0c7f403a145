package io.arrflow.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFileTest {

    @TempDir
    Path secrets;

    @Test
    void the_trailing_newline_of_a_secret_file_is_not_part_of_the_secret() throws IOException {
        Path apiKey = Files.writeString(secrets.resolve("sonarr_api_key"), "0123456789abcdef\n");

        assertThat(new SecretFile(apiKey).value()).contains("0123456789abcdef");
    }

    @Test
    void a_rotated_secret_is_read_again_without_a_restart() throws IOException {
        Path apiKey = Files.writeString(secrets.resolve("sonarr_api_key"), "old-key\n");
        SecretFile secret = new SecretFile(apiKey);
        assertThat(secret.value()).contains("old-key");

        Files.writeString(apiKey, "new-key\n");
        Files.setLastModifiedTime(apiKey, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(secret.value()).contains("new-key");
    }

    @Test
    void an_unchanged_file_is_not_read_again_until_a_reload_is_asked_for() throws IOException {
        Path apiKey = Files.writeString(secrets.resolve("sonarr_api_key"), "old-key");
        FileTime rotatedAt = FileTime.from(Instant.parse("2026-11-23T20:00:00Z"));
        Files.setLastModifiedTime(apiKey, rotatedAt);
        SecretFile secret = new SecretFile(apiKey);
        assertThat(secret.value()).contains("old-key");

        Files.writeString(apiKey, "new-key");
        Files.setLastModifiedTime(apiKey, rotatedAt);
        assertThat(secret.value()).as("cached while the mtime stands still").contains("old-key");

        secret.reload();
        assertThat(secret.value()).contains("new-key");
    }

    @Test
    void a_secret_file_that_does_not_exist_yet_has_no_value() {
        SecretFile secret = new SecretFile(secrets.resolve("radarr_api_key"));

        assertThat(secret.value()).isEmpty();
        assertThat(secret.path()).isEqualTo(secrets.resolve("radarr_api_key"));
        assertThat(secret.toString()).isEqualTo("SecretFile[" + secrets.resolve("radarr_api_key") + "]");
    }

    @Test
    void a_secret_file_that_cannot_be_read_fails_naming_the_file() throws IOException {
        Path apiKey = Files.writeString(secrets.resolve("lidarr_api_key"), "key");
        Files.write(apiKey, new byte[] {(byte) 0xC3, (byte) 0x28});

        assertThatThrownBy(() -> new SecretFile(apiKey).value())
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("lidarr_api_key");
    }
}
