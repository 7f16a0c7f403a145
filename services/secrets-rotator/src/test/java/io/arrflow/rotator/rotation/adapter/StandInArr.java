package io.arrflow.rotator.rotation.adapter;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A stand-in arr app in a real container, built locally from {@code src/test/resources/standin}
 * (static busybox, nothing pulled): it reads {@code <ApiKey>} from {@code /config/config.xml} at
 * start (or the env override) and answers {@code /ping} and an X-Api-Key-checked
 * {@code /api/v3/system/status} on a free loopback port, host network.
 */
final class StandInArr implements AutoCloseable {

    static final String IMAGE =
            "arrflow-it/rotator-standin:" + UUID.randomUUID().toString().substring(0, 8);

    final String container;
    final int port;
    final Path configDir;
    private final DockerClient docker;

    private StandInArr(DockerClient docker, String container, int port, Path configDir) {
        this.docker = docker;
        this.container = container;
        this.port = port;
        this.configDir = configDir;
    }

    static DockerClient docker() {
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost("unix:///var/run/docker.sock")
                .build();
        return DockerClientImpl.getInstance(
                config,
                new ApacheDockerHttpClient.Builder()
                        .dockerHost(config.getDockerHost())
                        .build());
    }

    static void buildImage(DockerClient docker) throws IOException {
        Path context = Files.createTempDirectory("arrflow-standin");
        for (String file : List.of("Dockerfile", "start.sh", "handler.sh")) {
            try (InputStream in = StandInArr.class.getResourceAsStream("/standin/" + file)) {
                Files.copy(in, context.resolve(file));
            }
            Files.setPosixFilePermissions(context.resolve(file), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.copy(Path.of("/bin/busybox"), context.resolve("busybox"), StandardCopyOption.COPY_ATTRIBUTES);
        docker.buildImageCmd(context.toFile())
                .withTags(Set.of(IMAGE))
                .exec(new BuildImageResultCallback())
                .awaitImageId();
    }

    static void removeImage(DockerClient docker) {
        docker.removeImageCmd(IMAGE).withForce(true).exec();
    }

    /** Starts a stand-in whose config.xml holds {@code key}; {@code env} adds variables and {@code binds} mounts. */
    static StandInArr start(DockerClient docker, Path work, String app, String key, List<String> env, List<Bind> binds)
            throws IOException {
        Path configDir = Files.createDirectories(work.resolve(app + "-config"));
        Files.writeString(
                configDir.resolve("config.xml"),
                "<Config>\n  <Port>8989</Port>\n  <ApiKey>" + key
                        + "</ApiKey>\n  <LogLevel>info</LogLevel>\n</Config>\n",
                StandardCharsets.UTF_8);
        int port = freePort();
        String name =
                "arrflow-it-rotator-" + app + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> variables = new ArrayList<>(env);
        variables.add("PORT=" + port);
        List<Bind> mounts = new ArrayList<>(binds);
        mounts.add(new Bind(configDir.toString(), new Volume("/config")));
        docker.createContainerCmd(IMAGE)
                .withName(name)
                .withEnv(variables)
                .withHostConfig(
                        HostConfig.newHostConfig().withNetworkMode("host").withBinds(mounts))
                .exec();
        docker.startContainerCmd(name).exec();
        return new StandInArr(docker, name, port, configDir);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    Path configXml() {
        return configDir.resolve("config.xml");
    }

    @Override
    public void close() {
        docker.removeContainerCmd(container).withForce(true).exec();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
