package io.arrflow.prober.probe.adapter;

import com.github.dockerjava.api.DockerClient;
import io.arrflow.prober.ProberProperties;
import io.arrflow.prober.ProberProperties.Target;
import io.arrflow.prober.probe.Endpoint;
import io.arrflow.prober.probe.JsonConditions;
import io.arrflow.prober.probe.Probe;
import io.arrflow.prober.queues.adapter.RabbitManagement;
import io.arrflow.prober.secrets.ApiKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Builds the probe for each configured target; docker-java is set up only if a target needs it. */
public final class ProbeFactory {

    private final ProberProperties properties;
    private final HttpClient http;
    private final Supplier<DockerClient> docker;
    private final RabbitManagement management;
    private final ApiKeys keys;

    public ProbeFactory(
            ProberProperties properties,
            HttpClient http,
            Supplier<DockerClient> docker,
            RabbitManagement management,
            ApiKeys keys) {
        this.properties = properties;
        this.http = http;
        this.docker = docker;
        this.management = management;
        this.keys = keys;
    }

    public Probe probeFor(Target target) {
        Duration timeout = properties.timeout();
        return switch (target.kind()) {
            case HTTP ->
                new HttpProbe(
                        http,
                        required(target, target.url(), "url"),
                        target.expectStatus(),
                        new JsonConditions(target.json()),
                        target.maxResponseTime(),
                        timeout);
            case ARR ->
                new ArrProbe(http, required(target, target.url(), "url"), target.apiVersion(), apiKey(target), timeout);
            case DOCKER -> new DockerProbe(docker.get(), required(target, target.container(), "container"));
            case TCP -> tcp(target, timeout);
            case DISK ->
                new DiskProbe(
                        required(target, target.path(), "path"),
                        target.minFree().toBytes(),
                        target.minFreePercent());
            case RABBITMQ -> new RabbitProbe(rabbit(target), target.maxQueueDepth());
            case REDIS -> new RedisProbe(required(target, target.url(), "url"), target.password(), timeout);
        };
    }

    /** Where a network target listens, for the reasons of its failures; null for a disk or a unix socket. */
    public Endpoint endpointOf(Target target) {
        return switch (target.kind()) {
            case HTTP, ARR, TCP, REDIS -> Endpoint.of(target.url());
            case RABBITMQ ->
                Endpoint.of(target.url() == null ? properties.rabbitmq().managementUrl() : target.url());
            case DOCKER -> Endpoint.of(URI.create(properties.docker().host()));
            case DISK -> null;
        };
    }

    private Probe tcp(Target target, Duration timeout) {
        URI url = required(target, target.url(), "url");
        if (url.getHost() == null || url.getPort() < 0) {
            throw new IllegalArgumentException(target.name() + ": a tcp target's url is tcp://host:port");
        }
        return new TcpProbe(url.getHost(), url.getPort(), timeout);
    }

    private RabbitManagement rabbit(Target target) {
        if (target.url() == null) {
            return management;
        }
        ProberProperties.Rabbitmq rabbit = properties.rabbitmq();
        return new RabbitManagement(
                http, target.url(), rabbit.username(), rabbit.password(), rabbit.vhost(), properties.timeout());
    }

    private Supplier<Optional<String>> apiKey(Target target) {
        if (target.apiKeyFile() != null) {
            return keys.fromFile(target.secretNameOrDefault(), target.apiKeyFile());
        }
        return ApiKeys.fixed(target.apiKey());
    }

    private static <T> T required(Target target, T value, String key) {
        if (value == null) {
            throw new IllegalArgumentException(
                    "arrflow.prober.targets: " + target.name() + " (" + target.kind() + ") needs " + key);
        }
        return value;
    }
}
