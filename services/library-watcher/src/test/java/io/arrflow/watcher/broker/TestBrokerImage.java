package io.arrflow.watcher.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.testcontainers.utility.DockerImageName;

/**
 * Which RabbitMQ image the broker tests run. By default {@value #LOCAL}, built from this machine's
 * Debian packages by {@value #BUILD_SCRIPT} (no registry is reachable here); the script is run first and
 * rebuilds only when its inputs changed. With internet, {@code -Darrflow.test.rabbitmq.image=} or
 * {@code ARRFLOW_TEST_RABBITMQ_IMAGE=rabbitmq:4-management} runs the same tests on the official image.
 */
final class TestBrokerImage {

    static final String LOCAL = "arrflow/rabbitmq-test:local";
    static final String PROPERTY = "arrflow.test.rabbitmq.image";
    static final String VARIABLE = "ARRFLOW_TEST_RABBITMQ_IMAGE";
    private static final String BUILD_SCRIPT = "ops/docker/build-rabbitmq-test-image.sh";

    private TestBrokerImage() {}

    static synchronized DockerImageName name() {
        String chosen = System.getProperty(PROPERTY, System.getenv().getOrDefault(VARIABLE, LOCAL));
        if (chosen.equals(LOCAL)) {
            build();
        }
        return DockerImageName.parse(chosen).asCompatibleSubstituteFor("rabbitmq");
    }

    private static void build() {
        Path script = repositoryRoot().resolve(BUILD_SCRIPT);
        try {
            Process build =
                    new ProcessBuilder(List.of(script.toString())).inheritIO().start();
            if (!build.waitFor(10, TimeUnit.MINUTES) || build.exitValue() != 0) {
                build.destroyForcibly();
                throw new IllegalStateException(BUILD_SCRIPT + " failed; run it by hand to see why");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The checkout's root: the nearest folder above the module that holds the build script. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve(BUILD_SCRIPT))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                BUILD_SCRIPT + " not found above " + Path.of("").toAbsolutePath());
    }
}
