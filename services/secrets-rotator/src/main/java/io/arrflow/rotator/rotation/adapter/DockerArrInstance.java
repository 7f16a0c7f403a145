package io.arrflow.rotator.rotation.adapter;

import com.github.dockerjava.api.DockerClient;
import io.arrflow.rotator.rotation.ApiKey;
import io.arrflow.rotator.rotation.ArrInstance;
import io.arrflow.rotator.rotation.ArrTarget;
import io.arrflow.rotator.rotation.Backup;
import io.arrflow.rotator.rotation.Health;
import io.arrflow.rotator.rotation.KeyLocation;
import java.time.Duration;
import java.util.Optional;

/** An arr instance running in Docker: its key location, its container, its HTTP API, its consumers' copy. */
public final class DockerArrInstance implements ArrInstance {

    private final ArrTarget target;
    private final KeyLocation location;
    private final DockerClient docker;
    private final Duration stopTimeout;
    private final HttpArrHealth health;
    private final ConsumerKeys consumers;

    public DockerArrInstance(
            ArrTarget target, DockerClient docker, Duration stopTimeout, HttpArrHealth health, ConsumerKeys consumers) {
        this.target = target;
        this.location = target.configXml()
                .<KeyLocation>map(ConfigXmlKeyLocation::new)
                .orElseGet(() -> new SecretFileKeyLocation(target.keyFile()));
        this.docker = docker;
        this.stopTimeout = stopTimeout;
        this.health = health;
        this.consumers = consumers;
    }

    @Override
    public ApiKey currentKey() throws Exception {
        docker.inspectContainerCmd(target.container()).exec();
        return location.current();
    }

    @Override
    public ApiKey keyInPlace() throws Exception {
        return location.current();
    }

    @Override
    public Optional<Backup> backup() throws Exception {
        return location.backup();
    }

    @Override
    public void writeKey(ApiKey key) throws Exception {
        location.write(key);
    }

    @Override
    public void restoreKey() throws Exception {
        location.restore();
    }

    @Override
    public void restart() {
        docker.restartContainerCmd(target.container())
                .withTimeout((int) stopTimeout.toSeconds())
                .exec();
    }

    @Override
    public Health awaitHealthy(ApiKey key, Duration timeout) {
        return health.await(key, timeout);
    }

    @Override
    public Health check(ApiKey key) {
        return health.check(key);
    }

    @Override
    public int storeForConsumers(ApiKey key) throws Exception {
        return consumers.store(target, key);
    }
}
