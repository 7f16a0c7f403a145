package io.arrflow.rotator.rotation.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrflow.rotator.rotation.ApiKey;
import io.arrflow.rotator.rotation.KeyLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_backup_is_private_replaces_the_previous_one_and_is_read_back_with_its_time() throws Exception {
        Path file = dir.resolve("config.xml");
        Files.writeString(file, "<Config><ApiKey>first</ApiKey></Config>");
        SecretFiles.backUp(file);
        Files.writeString(file, "<Config><ApiKey>second</ApiKey></Config>");
        Instant before = Instant.now().minusSeconds(1);

        SecretFiles.backUp(file);

        SecretFiles.BackupFile backup = SecretFiles.readBackup(file).orElseThrow();
        assertThat(backup.content()).isEqualTo("<Config><ApiKey>second</ApiKey></Config>");
        assertThat(backup.written()).isAfter(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(SecretFiles.backupOf(file))))
                .isEqualTo("rw-------");
    }

    @Test
    void no_backup_or_an_empty_one_is_no_backup() throws Exception {
        Path file = dir.resolve("sonarr-api-key");

        assertThat(SecretFiles.readBackup(file)).isEmpty();

        Files.createFile(SecretFiles.backupOf(file));
        assertThat(SecretFiles.readBackup(file)).isEmpty();
    }

    @Test
    void key_locations_read_the_old_key_from_their_backup() throws Exception {
        Path keyFile = dir.resolve("prowlarr-api-key");
        Files.writeString(keyFile, "0123456789abcdef0123456789abcdef\n");
        Path configXml = dir.resolve("config.xml");
        Files.writeString(configXml, "<Config>\n  <ApiKey>fedcba9876543210fedcba9876543210</ApiKey>\n</Config>\n");
        KeyLocation secretFile = new SecretFileKeyLocation(keyFile);
        KeyLocation config = new ConfigXmlKeyLocation(configXml);

        secretFile.write(new ApiKey("11111111111111111111111111111111"));
        config.write(new ApiKey("22222222222222222222222222222222"));

        assertThat(secretFile.backup().orElseThrow().key()).isEqualTo(new ApiKey("0123456789abcdef0123456789abcdef"));
        assertThat(config.backup().orElseThrow().key()).isEqualTo(new ApiKey("fedcba9876543210fedcba9876543210"));
        assertThat(config.current()).isEqualTo(new ApiKey("22222222222222222222222222222222"));
    }
}
