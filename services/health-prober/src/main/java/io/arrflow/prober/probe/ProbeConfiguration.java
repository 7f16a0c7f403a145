package io.arrflow.prober.probe;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.prober.ProberProperties;
import io.arrflow.prober.ProberProperties.Target;
import io.arrflow.prober.probe.adapter.LazyDocker;
import io.arrflow.prober.probe.adapter.ProbeFactory;
import io.arrflow.prober.probe.adapter.ProbeLoop;
import io.arrflow.prober.probe.adapter.ProbeRound;
import io.arrflow.prober.probe.adapter.ProbeTarget;
import io.arrflow.prober.probe.adapter.PublishedHealthAnnouncements;
import io.arrflow.prober.queues.adapter.RabbitManagement;
import io.arrflow.prober.secrets.ApiKeys;
import io.arrflow.prober.state.Announcer;
import io.arrflow.prober.state.Rules;
import io.arrflow.prober.state.StateStore;
import io.arrflow.prober.state.TargetBoard;
import io.arrflow.prober.state.adapter.RedisStateStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class ProbeConfiguration {

    /** Millisecond precision: what Redis keeps is exactly what was announced. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Bean
    HttpClient probeHttpClient(ProberProperties properties) {
        return HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Bean
    RabbitManagement rabbitManagement(HttpClient http, ProberProperties properties) {
        ProberProperties.Rabbitmq rabbit = properties.rabbitmq();
        return new RabbitManagement(
                http,
                rabbit.managementUrl(),
                rabbit.username(),
                rabbit.password(),
                rabbit.vhost(),
                properties.timeout());
    }

    @Bean
    TargetBoard targetBoard(ProberProperties properties) {
        Map<String, Rules> rules = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Target target : properties.targets()) {
            if (rules.put(target.name(), TargetRules.of(target, properties)) != null) {
                throw new IllegalArgumentException("arrflow.prober.targets: two targets are named " + target.name());
            }
            kinds.put(target.name(), TargetRules.kind(target));
        }
        return new TargetBoard(rules, kinds);
    }

    @Bean
    StateStore stateStore(StringRedisTemplate redis, EnvelopeCodec codec) {
        return new RedisStateStore(redis, codec);
    }

    @Bean
    Announcer announcer(
            StateStore store, MessagePublisher publisher, @Value("${spring.application.name}") String source) {
        return new Announcer(store, new PublishedHealthAnnouncements(publisher), source);
    }

    @Bean
    ProbeRound probeRound(
            ProberProperties properties,
            HttpClient http,
            RabbitManagement management,
            ApiKeys keys,
            TargetBoard board,
            Announcer announcer,
            MeterRegistry meters,
            Clock clock) {
        ProbeFactory factory =
                new ProbeFactory(properties, http, new LazyDocker(() -> docker(properties)), management, keys);
        List<ProbeTarget> targets = properties.targets().stream()
                .map(target -> new ProbeTarget(
                        target.name(),
                        TargetRules.kind(target),
                        new MeteredProbe(factory.probeFor(target), latencyTimer(meters, target)),
                        factory.endpointOf(target)))
                .toList();
        return new ProbeRound(targets, board, announcer, properties.timeout(), clock);
    }

    @Bean
    ProbeLoop probeLoop(
            ProbeRound round,
            TargetBoard board,
            StateStore store,
            Announcer announcer,
            ProberProperties properties,
            Clock clock) {
        return new ProbeLoop(round, board, store, announcer, properties.interval(), clock);
    }

    private static Timer latencyTimer(MeterRegistry meters, Target target) {
        return Timer.builder("arrflow.probe.latency")
                .description("How long each probe of a target took")
                .tag("service", target.name())
                .tag("kind", TargetRules.kind(target))
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(meters);
    }

    private static DockerClient docker(ProberProperties properties) {
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(properties.docker().host())
                .build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .connectionTimeout(properties.timeout())
                .responseTimeout(properties.timeout())
                .build();
        return DockerClientImpl.getInstance(config, http);
    }
}
