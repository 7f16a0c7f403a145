package io.arrflow.rotator.rotation.adapter;

import io.arrflow.rotator.rotation.ApiKey;
import io.arrflow.rotator.rotation.Backup;
import io.arrflow.rotator.rotation.KeyLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The key in a secret file the instance reads through its env override
 * ({@code FILE__SONARR__AUTH__APIKEY}); rewritten in place so bind mounts follow it.
 */
public final class SecretFileKeyLocation implements KeyLocation {

    private final Path file;

    public SecretFileKeyLocation(Path file) {
        this.file = file;
    }

    @Override
    public ApiKey current() throws IOException {
        return new ApiKey(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Override
    public void write(ApiKey key) throws IOException {
        SecretFiles.backUp(file);
        SecretFiles.writeInPlace(file, key.value());
    }

    @Override
    public Optional<Backup> backup() throws IOException {
        return SecretFiles.readBackup(file).map(b -> new Backup(new ApiKey(b.content()), b.written()));
    }

    @Override
    public void restore() throws IOException {
        SecretFiles.writeInPlace(file, Files.readString(SecretFiles.backupOf(file), StandardCharsets.UTF_8));
    }
}
