package io.arrflow.watcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * library-watcher's configuration, under {@code arrflow.*} (environment: {@code ARRFLOW_...}). Every
 * key is documented in the README.
 */
@ConfigurationProperties("arrflow")
public record WatcherProperties(
        @DefaultValue Webhook webhook,
        @DefaultValue Library library,
        @DefaultValue PathSettings path,
        @DefaultValue Policy policy,
        @DefaultValue Dedupe dedupe,
        @DefaultValue Map<String, ArrConnection> arr,
        @DefaultValue Rescan rescan,
        @DefaultValue Consumers consumers) {

    /** Credentials the arr apps' webhook form sends (Username/Password), from env or {@code *_FILE}. */
    public record Webhook(String username, String password) {}

    /**
     * @param roots library folders as this service sees them; nothing outside them is ever queued
     * @param watch watch the roots for files added outside the arr apps
     * @param stableAfter a new file is reported once its size and mtime did not change for this long
     * @param rescanInterval full walk of the roots, for network mounts where inotify is blind (0 = off)
     */
    public record Library(
            @DefaultValue List<Path> roots,
            @DefaultValue("true") boolean watch,
            @DefaultValue("10s") Duration stableAfter,
            @DefaultValue("6h") Duration rescanInterval) {}

    /** Path mappings {@code /arr/path=/local/path}, comma-separated, as in Tdarr/Unmanic. */
    public record PathSettings(@DefaultValue List<String> mappings) {}

    /**
     * @param defaultProfile profile for files that need a transcode
     * @param minSize files smaller than this are skipped (e.g. samples, extras)
     * @param skipCodecs video codecs that need no transcode
     * @param keepContainers containers that need no remux
     * @param targetContainer container of outputs and remuxes
     * @param excludedPaths path prefixes (after mapping) that are never touched
     * @param excludedTags arr tags whose items are never touched
     * @param qualityTargets per library root, the quality outputs must reach: {@code root=mean/p5} on VMAF's
     *     scale, comma-separated (e.g. {@code /media/anime=93/88}); other files get the worker's target
     */
    public record Policy(
            @DefaultValue("hevc") String defaultProfile,
            @DefaultValue("50MB") org.springframework.util.unit.DataSize minSize,
            @DefaultValue({"hevc", "av1"}) List<String> skipCodecs,
            @DefaultValue({"matroska", "mp4"}) List<String> keepContainers,
            @DefaultValue("mkv") String targetContainer,
            @DefaultValue List<String> excludedPaths,
            @DefaultValue List<String> excludedTags,
            @DefaultValue List<String> qualityTargets) {}

    /** How long a reported file (path + size + mtime) is remembered, so repeats yield no second job. */
    public record Dedupe(@DefaultValue("30d") Duration remember) {}

    /**
     * One arr app instance to tell about replaced files.
     *
     * @param url base URL, e.g. {@code http://sonarr:8989}
     * @param apiKey the API key (prefer {@code apiKeyFile}, which follows rotations)
     * @param apiKeyFile file holding the API key, re-read when it changes
     */
    public record ArrConnection(URI url, String apiKey, Path apiKeyFile) {}

    /** Bounded retries of the rescan call, then an {@code ArrRescanFailed} event. */
    public record Rescan(
            @DefaultValue("4") int attempts,
            @DefaultValue("2s") Duration firstBackoff,
            @DefaultValue("2m") Duration commandTimeout,
            @DefaultValue("1s") Duration pollInterval) {}

    /** Parallel consumers: probing is CPU and disk bound. */
    public record Consumers(@DefaultValue("2") int detections) {}
}
