package io.arrflow.watcher.broker;

import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.rabbitmq.RabbitMQContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A RabbitMQ of a test's own, in a container it may stop, start again and put under a memory alarm.
 * The container shares the host's network (this machine has no bridge) and listens on free loopback
 * ports, so a stopped and restarted broker is back at the same address and the application reconnects
 * by itself. The image is {@link TestBrokerImage#name()}: the locally built one unless overridden.
 */
final class BrokerContainer implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    private static final Pattern STARTED = Pattern.compile("Server startup complete");
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final int amqpPort = freePort();
    private final RabbitMQContainer container;
    private int starts;

    private BrokerContainer(DockerImageName image) {
        container = new RabbitMQContainer(image)
                .withNetworkMode("host")
                .withEnv("RABBITMQ_NODENAME", "arrflow-test-" + amqpPort + "@localhost")
                .withEnv("RABBITMQ_DIST_PORT", String.valueOf(freePort()))
                .withEnv("ERL_EPMD_PORT", String.valueOf(freePort()))
                .withEnv("ERL_FLAGS", "-kernel inet_dist_use_interface {127,0,0,1}")
                .withCopyToContainer(Transferable.of(config()), "/etc/rabbitmq/conf.d/90-arrflow-test.conf")
                .withStartupTimeout(STARTUP);
        container.setExposedPorts(List.of());
    }

    /** Starts a broker; the caller closes it (Ryuk is off here, nothing else would). */
    static BrokerContainer start() {
        BrokerContainer broker = new BrokerContainer(TestBrokerImage.name());
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "broker-container-stop"));
        broker.container.start();
        broker.starts = 1;
        return broker;
    }

    /** Spring properties that point an application at this broker's default virtual host. */
    List<String> springProperties() {
        return List.of(
                "spring.rabbitmq.host=" + HOST,
                "spring.rabbitmq.port=" + amqpPort,
                "spring.rabbitmq.username=" + container.getAdminUsername(),
                "spring.rabbitmq.password=" + container.getAdminPassword(),
                "spring.rabbitmq.virtual-host=/");
    }

    /** Stops the broker as {@code docker stop} does (a clean shutdown); its data stays in the container. */
    void stop() {
        docker().stopContainerCmd(container.getContainerId()).withTimeout(30).exec();
    }

    /** Starts the stopped broker again and returns once it accepts connections. */
    void startAgain() {
        docker().startContainerCmd(container.getContainerId()).exec();
        starts++;
        await().atMost(STARTUP).until(() -> startsLogged() >= starts);
    }

    /** A memory alarm: the broker blocks every publishing connection until it is cleared. */
    void raiseMemoryAlarm() {
        rabbitmqctl("set_vm_memory_high_watermark", "absolute", "1");
    }

    void clearMemoryAlarm() {
        rabbitmqctl("set_vm_memory_high_watermark", "0.4");
    }

    @Override
    public void close() {
        if (container.getContainerId() != null) {
            container.stop();
        }
    }

    private void rabbitmqctl(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "rabbitmqctl";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            ExecResult result = container.execInContainer(command);
            if (result.getExitCode() != 0) {
                throw new IllegalStateException(
                        "rabbitmqctl " + String.join(" ", arguments) + " failed: " + result.getStderr());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long startsLogged() {
        Matcher matcher = STARTED.matcher(container.getLogs());
        long count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * Loopback only, and every HTTP listener on a port of its own beside the machine's shared broker: the
     * management API, and the Prometheus endpoint the official image turns on.
     */
    private String config() {
        return "listeners.tcp.default = " + HOST + ":" + amqpPort + "\n"
                + "management.tcp.ip = " + HOST + "\n"
                + "management.tcp.port = " + freePort() + "\n"
                + "prometheus.tcp.ip = " + HOST + "\n"
                + "prometheus.tcp.port = " + freePort() + "\n"
                + "loopback_users = none\n";
    }

    private static DockerClient docker() {
        return DockerClientFactory.instance().client();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
