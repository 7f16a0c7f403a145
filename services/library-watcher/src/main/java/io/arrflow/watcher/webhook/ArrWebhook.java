package io.arrflow.watcher.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a Sonarr/Radarr/Lidarr webhook body arrflow uses. Unknown fields are ignored, since
 * newer arr versions add fields; every field may be missing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArrWebhook(
        String eventType,
        String instanceName,
        String applicationUrl,
        Item series,
        Item movie,
        Item artist,
        Item album,
        MediaFile episodeFile,
        MediaFile movieFile,
        MediaFile trackFile,
        List<MediaFile> episodeFiles,
        List<MediaFile> trackFiles,
        JsonNode deletedFiles,
        List<MediaFile> renamedEpisodeFiles,
        List<MediaFile> renamedMovieFiles,
        List<MediaFile> renamedTrackFiles,
        Boolean isUpgrade,
        String deleteReason,
        String level,
        String message,
        String type,
        String wikiUrl,
        String previousVersion,
        String newVersion,
        String downloadStatus,
        Release release,
        String releaseTitle) {

    /** A series, movie, artist or album. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(Long id, String title, String name, String path, String folderPath, List<String> tags) {

        public String folder() {
            return path != null ? path : folderPath;
        }

        public String label() {
            return title != null ? title : name;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MediaFile(Long id, String path, String previousPath, Long size) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Release(String releaseTitle) {}

    /**
     * Upgrades list the replaced files in {@code deletedFiles}; delete events send a boolean there
     * (whether the files were removed from disk).
     */
    public List<String> replacedFilePaths() {
        List<String> paths = new ArrayList<>();
        if (deletedFiles != null && deletedFiles.isArray()) {
            deletedFiles.forEach(file -> {
                JsonNode path = file.get("path");
                if (path != null && path.isString()) {
                    paths.add(path.asString());
                }
            });
        }
        return paths;
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
