package io.arrflow.rotator.rotation;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import io.arrflow.platform.messaging.DeadLetters;
import io.arrflow.platform.messaging.EnvelopeCodec;
import io.arrflow.platform.messaging.EnvelopeConsumer;
import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.messaging.Topology;
import io.arrflow.rotator.RotatorProperties;
import io.arrflow.rotator.init.SecretGenerator;
import io.arrflow.rotator.rotation.adapter.ConsumerKeys;
import io.arrflow.rotator.rotation.adapter.PublishedRotationMessages;
import io.arrflow.rotator.rotation.adapter.RotateSecretCommands;
import io.arrflow.rotator.rotation.adapter.RotationJournals;
import io.arrflow.rotator.rotation.adapter.RotationLock;
import io.arrflow.rotator.rotation.adapter.RotationSchedule;
import io.arrflow.rotator.rotation.adapter.RotationService;
import io.arrflow.rotator.rotation.adapter.StartupRecovery;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.messaging.Message;

/** Wires the rotation feature: Docker, the Redis lock and versions, the command consumer, the schedule. */
@Configuration(proxyBeanMethods = false)
class RotationConfiguration {

    @Bean(destroyMethod = "close")
    DockerClient dockerClient(RotatorProperties properties) {
        DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(properties.dockerHost())
                .build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .connectionTimeout(Duration.ofSeconds(5))
                .responseTimeout(properties.stopTimeout().plusSeconds(60))
                .build();
        return DockerClientImpl.getInstance(config, http);
    }

    @Bean
    SecretGenerator secretGenerator() {
        return new SecretGenerator();
    }

    @Bean
    RotationMessages rotationMessages(MessagePublisher publisher) {
        return new PublishedRotationMessages(publisher);
    }

    @Bean
    RotationService rotationService(
            RotatorProperties properties,
            DockerClient docker,
            StringRedisTemplate redis,
            RotationMessages messages,
            SecretGenerator generator,
            MeterRegistry meters) {
        return new RotationService(
                properties,
                docker,
                new RotationLock(redis, properties.lockTtl()),
                new RotationJournals(redis, Clock.systemUTC()),
                new ConsumerKeys(redis),
                messages,
                generator,
                Clock.systemUTC(),
                meters);
    }

    /** Off for {@code rotate APP}, which may run while the service is in the middle of a rotation. */
    @Bean
    @ConditionalOnProperty(name = "arrflow.rotator.recover-at-start-up", havingValue = "true", matchIfMissing = true)
    StartupRecovery startupRecovery(RotationService rotations) {
        return new StartupRecovery(rotations);
    }

    /** Binding {@code secretCommands-in-0}: arrflow.secrets.commands (secrets-rotator.yml). */
    @Bean
    @ConditionalOnProperty(name = "arrflow.rotator.commands", havingValue = "true", matchIfMissing = true)
    Consumer<Message<byte[]>> secretCommands(EnvelopeCodec codec, DeadLetters deadLetters, RotationService rotations) {
        return new EnvelopeConsumer(Topology.SECRET_COMMANDS, codec, deadLetters, new RotateSecretCommands(rotations));
    }

    @Bean
    @ConditionalOnProperty(name = "arrflow.rotator.commands", havingValue = "true", matchIfMissing = true)
    RotationSchedule rotationSchedule(RotationService rotations, RotationMessages messages) {
        return new RotationSchedule(rotations.scheduledApps(), messages);
    }
}
