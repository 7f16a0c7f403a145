package io.arrflow.prober.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real Docker engine through its CLI, for setting up and breaking test containers. */
public final class DockerCli {

    private DockerCli() {}

    public static String run(String... args) {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output.strip();
        } catch (IOException e) {
            throw new IllegalStateException("docker CLI not available", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs without failing the test, for clean-up. */
    public static void quietly(String... args) {
        try {
            run(args);
        } catch (IllegalStateException ignored) {
            // already gone
        }
    }

    /**
     * Builds a stand-in service image {@code FROM scratch} with static busybox: httpd on the given
     * loopback port serving {@code /health}, and a healthcheck that fetches it every second.
     */
    public static void buildStub(String tag, int port) throws IOException {
        Path context = Files.createTempDirectory("prober-stub");
        Files.copy(Path.of("/bin/busybox"), context.resolve("busybox"));
        Files.createDirectories(context.resolve("www"));
        Files.writeString(context.resolve("www/health"), "ok\n");
        String address = "127.0.0.1:" + port;
        Files.writeString(context.resolve("Dockerfile"), """
                FROM scratch
                COPY busybox /bin/busybox
                COPY www /www
                HEALTHCHECK --interval=1s --timeout=1s --retries=1 \
                  CMD ["/bin/busybox", "wget", "-q", "-O", "/dev/null", "http://%s/health"]
                ENTRYPOINT ["/bin/busybox", "httpd", "-f", "-p", "%s", "-h", "/www"]
                """.formatted(address, address));
        run("build", "-q", "-t", tag, context.toString());
    }
}
