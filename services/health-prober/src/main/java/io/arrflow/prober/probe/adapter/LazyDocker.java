package io.arrflow.prober.probe.adapter;

import com.github.dockerjava.api.DockerClient;
import java.util.function.Supplier;

/** One docker-java client, made when the first docker target needs it. */
public final class LazyDocker implements Supplier<DockerClient> {

    private final Supplier<DockerClient> factory;
    private DockerClient client;

    public LazyDocker(Supplier<DockerClient> factory) {
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
