package io.arrflow.worker;

import io.arrflow.platform.testing.TestBroker;
import io.arrflow.platform.testing.TestRedis;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A transcode-worker in its own JVM, so a test can kill it like an operator (or the OOM killer) would. */
public final class WorkerProcess implements AutoCloseable {

    private final Process process;

    private WorkerProcess(Process process) {
        this.process = process;
    }

    public static WorkerProcess start(Path stateDir, Path log, String... extraArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                classPath(),
                WorkerApplication.class.getName(),
                "--server.port=0",
                "--spring.data.redis.database=2",
                "--spring.data.redis.host=" + TestRedis.HOST,
                "--spring.data.redis.port=" + TestRedis.port(),
                "--arrflow.api.token=" + WorkerTestSupport.TOKEN,
                "--arrflow.worker.name=child-worker",
                "--arrflow.worker.poll-interval=200ms",
                "--arrflow.worker.state-dir=" + stateDir,
                // crash tests stop an encode or a swap; a quality search before the encode only delays both
                "--arrflow.worker.quality.enabled=false"));
        for (String property : TestBroker.springProperties(WorkerTestSupport.SUITE)) {
            command.add("--" + property);
        }
        command.addAll(List.of(extraArguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new WorkerProcess(process);
    }

    /** SIGKILL: no shutdown hook, no cleanup. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM; true when the worker exited within the limit. */
    public boolean terminate(long seconds) throws InterruptedException {
        process.destroy();
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The worker's running ffmpeg and ffprobe processes, children and their children. */
    public List<ProcessHandle> mediaChildren() {
        return process.toHandle()
                .descendants()
                .filter(MediaProcesses::isMediaTool)
                .toList();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire == null || surefire.isBlank() ? System.getProperty("java.class.path") : surefire;
        return String.join(File.pathSeparator, path.split(File.pathSeparator));
    }
}
