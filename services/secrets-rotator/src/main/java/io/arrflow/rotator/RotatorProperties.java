package io.arrflow.rotator;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * secrets-rotator's configuration ({@code ARRFLOW_ROTATOR_...}).
 *
 * @param secretsDir the secrets directory written by {@code init}, mounted read-write
 * @param dockerHost the Docker engine
 * @param schedule when every app with {@code scheduled=true} is rotated (Spring cron; {@code -} disables)
 * @param healthyTimeout how long an instance may take to answer {@code /ping} and {@code system/status}
 * @param pollInterval the pause between two health checks
 * @param stopTimeout how long Docker waits for a container to stop before killing it
 * @param lockTtl how long the per-app lock lives if the rotator dies mid-rotation
 * @param commands whether {@code RotateSecret} commands are consumed from {@code arrflow.secrets.commands}
 * @param apps the arr instances to rotate, by app name ({@code sonarr}, {@code radarr}, ...)
 */
@ConfigurationProperties("arrflow.rotator")
public record RotatorProperties(
        Path secretsDir,
        String dockerHost,
        String schedule,
        Duration healthyTimeout,
        Duration pollInterval,
        Duration stopTimeout,
        Duration lockTtl,
        Boolean commands,
        Map<String, App> apps) {

    public RotatorProperties {
        secretsDir = secretsDir == null ? Path.of("/secrets") : secretsDir;
        dockerHost = dockerHost == null || dockerHost.isBlank() ? "unix:///var/run/docker.sock" : dockerHost;
        schedule = schedule == null || schedule.isBlank() ? "0 0 4 1 * *" : schedule;
        healthyTimeout = healthyTimeout == null ? Duration.ofMinutes(2) : healthyTimeout;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        stopTimeout = stopTimeout == null ? Duration.ofSeconds(10) : stopTimeout;
        lockTtl = lockTtl == null ? Duration.ofMinutes(15) : lockTtl;
        commands = commands == null || commands;
        apps = apps == null ? Map.of() : new TreeMap<>(apps);
        apps.forEach((name, app) -> {
            if (app.url() == null) {
                throw new IllegalArgumentException("arrflow.rotator.apps." + name
                        + ".url is not set (ARRFLOW_ROTATOR_APPS_" + name.toUpperCase(Locale.ROOT) + "_URL)");
            }
        });
    }

    /** The configuration of an app, by its name in any case. */
    public Optional<App> app(String name) {
        return Optional.ofNullable(apps.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * One arr instance.
     *
     * @param container the Docker container name (default: the app name)
     * @param url the base URL the rotator reaches it at, e.g. {@code http://sonarr:8989}
     * @param apiPath the API prefix: {@code /api/v3} (Sonarr, Radarr) or {@code /api/v1} (Lidarr, Prowlarr)
     * @param configXml the instance's {@code config.xml} on its config volume; when unset the instance
     *     takes its key from the secret file ({@code FILE__<APP>__AUTH__APIKEY}) and that file is rotated
     * @param keyFile the secret file consumers read (default {@code <secrets-dir>/<app>-api-key})
     * @param scheduled whether the schedule rotates this app (default true)
     */
    public record App(String container, URI url, String apiPath, Path configXml, Path keyFile, Boolean scheduled) {

        public App {
            scheduled = scheduled == null || scheduled;
        }
    }
}
