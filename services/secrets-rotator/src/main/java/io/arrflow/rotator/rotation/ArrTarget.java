package io.arrflow.rotator.rotation;

import io.arrflow.rotator.RotatorProperties;
import io.arrflow.rotator.init.StackSecrets;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** One configured arr instance with every default filled in. */
public record ArrTarget(String app, String container, URI url, String apiPath, Optional<Path> configXml, Path keyFile) {

    public static ArrTarget of(String app, RotatorProperties.App config, Path secretsDir) {
        String name = app.toLowerCase(Locale.ROOT);
        return new ArrTarget(
                name,
                orDefault(config.container(), name),
                config.url(),
                orDefault(config.apiPath(), defaultApiPath(name)),
                Optional.ofNullable(config.configXml()),
                config.keyFile() != null ? config.keyFile() : secretsDir.resolve(secretName(name)));
    }

    /** The secret's name in messages, e.g. {@code sonarr-api-key}. */
    public static String secretName(String app) {
        return StackSecrets.arrKeyName(app);
    }

    public String secretName() {
        return secretName(app);
    }

    /** Sonarr and Radarr serve API v3; Lidarr and Prowlarr API v1. */
    public static String defaultApiPath(String app) {
        return app.equals("lidarr") || app.equals("prowlarr") ? "/api/v1" : "/api/v3";
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
