package io.arrflow.prober;

import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * health-prober's configuration ({@code arrflow.prober.*}, env {@code ARRFLOW_PROBER_*}); every key
 * is described in the module README. The default targets (health-prober.yml) cover the arr stack.
 *
 * @param interval time between two probe rounds
 * @param timeout longest a single probe may take
 * @param statsRefresh how often {@code /api/stats} and the metrics are rebuilt from memory, Redis and RabbitMQ
 * @param failureThreshold default consecutive failures before a target is DOWN
 * @param successThreshold default consecutive successes before a target has recovered
 */
@ConfigurationProperties("arrflow.prober")
public record ProberProperties(
        @DefaultValue("30s") Duration interval,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("2s") Duration statsRefresh,
        @DefaultValue("3") int failureThreshold,
        @DefaultValue("2") int successThreshold,
        @DefaultValue Docker docker,
        @DefaultValue Rabbitmq rabbitmq,
        List<Target> targets) {

    public ProberProperties {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /** @param host the Docker engine, e.g. {@code unix:///var/run/docker.sock} or {@code tcp://socket-proxy:2375} */
    public record Docker(
            @DefaultValue("unix:///var/run/docker.sock") String host) {}

    /** The RabbitMQ management API, read for queue depths ({@code media_queue_size}). */
    public record Rabbitmq(
            @DefaultValue("http://localhost:15672") URI managementUrl,
            @DefaultValue("guest") String username,
            @DefaultValue("guest") String password,
            @DefaultValue("/") String vhost) {

        @Override
        public String toString() {
            return "Rabbitmq[" + managementUrl + ", " + username + ", vhost " + vhost + "]";
        }
    }

    /**
     * One probed target.
     *
     * @param kind http, arr, docker, tcp, disk, rabbitmq or redis
     * @param url http/arr: base URL; tcp: {@code tcp://host:port}; redis: {@code redis://host:port}
     * @param container docker: the container's name
     * @param path disk: the media path whose free space counts
     * @param apiVersion arr: {@code v3} (Sonarr, Radarr), {@code v1} (Lidarr, Prowlarr)
     * @param apiKey arr: the API key itself (prefer {@code apiKeyFile})
     * @param apiKeyFile arr: file holding the API key, re-read when it changes
     * @param password redis: the server's password (default: Spring's {@code spring.data.redis.password})
     * @param secretName arr: the secret whose {@code SecretRotated} reloads the key; default {@code <name>-api-key}
     * @param expectStatus http: the status that means healthy
     * @param json http: JSON pointer → expected text ({@code *}: must exist)
     * @param maxResponseTime http: slower answers count as failures
     * @param minFree disk: least free space
     * @param minFreePercent disk: least free share of the disk
     * @param maxQueueDepth rabbitmq: queue name → most ready messages
     * @param dependsOn targets whose outage hides this one's (e.g. {@code container:sonarr})
     */
    public record Target(
            String name,
            Kind kind,
            URI url,
            String container,
            Path path,
            @DefaultValue("v3") String apiVersion,
            String apiKey,
            Path apiKeyFile,
            String password,
            String secretName,
            @DefaultValue("200") int expectStatus,
            Map<String, String> json,
            Duration maxResponseTime,
            @DefaultValue("0B") DataSize minFree,
            @DefaultValue("0") int minFreePercent,
            Map<String, Long> maxQueueDepth,
            Integer failureThreshold,
            Integer successThreshold,
            List<String> dependsOn,
            List<Maintenance> maintenance) {

        public Target {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a target needs a name");
            }
            if (kind == null) {
                throw new IllegalArgumentException(
                        "target " + name + " needs a kind: http, arr, docker, tcp, disk, rabbitmq or redis");
            }
            json = json == null ? Map.of() : Map.copyOf(json);
            maxQueueDepth = maxQueueDepth == null ? Map.of() : Map.copyOf(maxQueueDepth);
            dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
            maintenance = maintenance == null ? List.of() : List.copyOf(maintenance);
        }

        public String secretNameOrDefault() {
            return secretName == null || secretName.isBlank() ? name + "-api-key" : secretName;
        }

        @Override
        public String toString() {
            return "Target[" + name + ", " + kind + "]";
        }
    }

    public enum Kind {
        HTTP,
        ARR,
        DOCKER,
        TCP,
        DISK,
        RABBITMQ,
        REDIS
    }

    /**
     * A maintenance window: either one-off ({@code from}, {@code until}) or weekly ({@code days},
     * {@code start}, {@code duration}, {@code zone}).
     */
    public record Maintenance(
            Instant from,
            Instant until,
            List<DayOfWeek> days,
            LocalTime start,
            Duration duration,
            @DefaultValue("UTC") String zone) {}
}
