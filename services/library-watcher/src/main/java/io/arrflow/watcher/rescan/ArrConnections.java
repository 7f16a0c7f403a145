package io.arrflow.watcher.rescan;

import io.arrflow.model.ArrApp;
import io.arrflow.platform.secrets.SecretFile;
import io.arrflow.watcher.WatcherProperties.ArrConnection;
import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The arr instances library-watcher may call ({@code arrflow.arr.<app>.url} and API key). Keys
 * read from files follow rotations: a {@code SecretRotated} event for {@code <app>-api-key} forces a
 * re-read, and a changed file is re-read anyway.
 */
public class ArrConnections {

    private final Map<ArrApp, Connection> connections = new EnumMap<>(ArrApp.class);

    /** One arr instance: where it is and how to get its current key. */
    public record Connection(ArrApp app, URI url, String staticKey, SecretFile keyFile) {

        public Optional<String> apiKey() {
            if (keyFile != null) {
                Optional<String> fromFile = keyFile.value();
                if (fromFile.isPresent()) {
                    return fromFile;
                }
            }
            return Optional.ofNullable(staticKey).filter(k -> !k.isBlank());
        }
    }

    public ArrConnections(Map<String, ArrConnection> configured) {
        configured.forEach((name, settings) -> {
            if (settings.url() == null) {
                return;
            }
            ArrApp app = ArrApp.fromWire(name);
            SecretFile file = settings.apiKeyFile() == null ? null : new SecretFile(settings.apiKeyFile());
            connections.put(app, new Connection(app, settings.url(), settings.apiKey(), file));
        });
    }

    public Optional<Connection> of(ArrApp app) {
        return Optional.ofNullable(connections.get(app));
    }

    /** Called for {@code SecretRotated}: secret names look like {@code sonarr-api-key}. */
    public void reload(String secretName) {
        connections.values().stream()
                .filter(c ->
                        secretName.toLowerCase(Locale.ROOT).startsWith(c.app().wireName()))
                .filter(c -> c.keyFile() != null)
                .forEach(c -> c.keyFile().reload());
    }
}
