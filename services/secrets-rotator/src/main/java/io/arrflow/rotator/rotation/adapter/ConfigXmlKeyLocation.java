package io.arrflow.rotator.rotation.adapter;

import io.arrflow.rotator.rotation.ApiKey;
import io.arrflow.rotator.rotation.Backup;
import io.arrflow.rotator.rotation.ConfigXml;
import io.arrflow.rotator.rotation.KeyLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The key in an arr {@code config.xml} on its config volume: replaced atomically, with a backup. */
public final class ConfigXmlKeyLocation implements KeyLocation {

    private final Path configXml;

    public ConfigXmlKeyLocation(Path configXml) {
        this.configXml = configXml;
    }

    @Override
    public ApiKey current() throws IOException {
        return ConfigXml.apiKey(Files.readString(configXml, StandardCharsets.UTF_8))
                .orElseThrow(() -> new IOException(configXml + " has no <ApiKey>"));
    }

    @Override
    public void write(ApiKey key) throws IOException {
        String xml = Files.readString(configXml, StandardCharsets.UTF_8);
        SecretFiles.backUp(configXml);
        SecretFiles.replaceAtomically(configXml, ConfigXml.withApiKey(xml, key));
    }

    @Override
    public Optional<Backup> backup() throws IOException {
        return SecretFiles.readBackup(configXml)
                .flatMap(b -> ConfigXml.apiKey(b.content()).map(key -> new Backup(key, b.written())));
    }

    @Override
    public void restore() throws IOException {
        String backup = Files.readString(SecretFiles.backupOf(configXml), StandardCharsets.UTF_8);
        SecretFiles.replaceAtomically(configXml, backup);
    }
}
