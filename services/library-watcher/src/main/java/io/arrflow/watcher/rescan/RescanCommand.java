package io.arrflow.watcher.rescan;

import io.arrflow.model.ArrItemRef;
import java.util.List;
import java.util.Map;

/**
 * The arr command that makes an app re-read an item's files from disk, and the API version path.
 * Sonarr {@code RescanSeries}, Radarr {@code RescanMovie}; Lidarr has no per-artist rescan command,
 * its {@code RefreshArtist} rescans the artist's files after refreshing it.
 */
public record RescanCommand(String apiBase, String name, Map<String, Object> body) {

    public static RescanCommand of(ArrItemRef item) {
        return switch (item.app()) {
            case SONARR ->
                new RescanCommand("/api/v3", "RescanSeries", Map.of("name", "RescanSeries", "seriesId", item.itemId()));
            case RADARR ->
                new RescanCommand("/api/v3", "RescanMovie", Map.of("name", "RescanMovie", "movieId", item.itemId()));
            case LIDARR ->
                new RescanCommand(
                        "/api/v1",
                        "RefreshArtist",
                        Map.of("name", "RefreshArtist", "artistIds", List.of(item.itemId())));
            case PROWLARR -> throw new IllegalArgumentException("Prowlarr has no library to rescan");
        };
    }
}
