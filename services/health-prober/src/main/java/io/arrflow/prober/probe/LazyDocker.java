package io.arrflow.prober.probe;

import com.github.dockerjava.api.DockerClient;
import java.util.function.Supplier;

/** One docker-java client, made when the first docker target needs it. */
final class LazyDocker implements Supplier<DockerClient> {

    private final Supplier<DockerClient> factory;
    private DockerClient client;

    LazyDocker(Supplier<DockerClient> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized DockerClient get() {
        if (client == null) {
            client = factory.get();
        }
        return client;
    }
}
