package io.arrflow.transcode.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Starts ffmpeg and ffprobe so that they die with the worker, however it ends (kill -9 and the OOM killer
 * included): through {@code setpriv --pdeathsig KILL} (util-linux), which has the kernel send SIGKILL to the
 * process when its parent goes, then execs the command in the same process.
 *
 * <p>For the kernel the parent is the <em>thread</em> that started the process, not the JVM: a process
 * started from a pool thread or a virtual thread's carrier would be killed when that thread retires. So every
 * process is started from one platform thread that lives as long as the JVM.
 */
final class ProcessLauncher {

    private static final List<String> PARENT_DEATH_KILLS = List.of("setpriv", "--pdeathsig", "KILL", "--");
    private static final ExecutorService LAUNCHER = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            Thread.ofPlatform().name("process-launcher").daemon(true).factory());
    private static final ProcessLauncher SHARED = detect();

    private final List<String> wrapper;
    private final String lifetime;

    private ProcessLauncher(List<String> wrapper, String lifetime) {
        this.wrapper = wrapper;
        this.lifetime = lifetime;
    }

    /** The launcher of this JVM, found once: tied to the worker when {@code setpriv --pdeathsig} works here. */
    static ProcessLauncher shared() {
        return SHARED;
    }

    /** Whether started processes die with the worker. */
    boolean tiedToWorker() {
        return !wrapper.isEmpty();
    }

    /** One line for the start-up log. */
    String lifetime() {
        return lifetime;
    }

    /** Starts the command, wrapped, from the launcher thread; a command not on the PATH fails here. */
    Process start(List<String> command) {
        if (tiedToWorker() && !isExecutable(command.getFirst())) {
            throw new UncheckedIOException(
                    "cannot start " + command.getFirst(), new IOException(command.getFirst() + " not found"));
        }
        List<String> wrapped = new ArrayList<>(wrapper);
        wrapped.addAll(command);
        try {
            return onLauncher(new ProcessBuilder(wrapped));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.getFirst(), e);
        }
    }

    private static ProcessLauncher detect() {
        List<String> probe = new ArrayList<>(PARENT_DEATH_KILLS);
        probe.add("true");
        try {
            Process trial = onLauncher(new ProcessBuilder(probe).redirectErrorStream(true));
            String output = new String(trial.getInputStream().readAllBytes()).trim();
            if (trial.waitFor() == 0) {
                return new ProcessLauncher(
                        PARENT_DEATH_KILLS,
                        "ffmpeg and ffprobe run under setpriv --pdeathsig KILL: they die with this worker");
            }
            return untied("setpriv --pdeathsig failed here (" + output + ")");
        } catch (IOException e) {
            return untied("setpriv (util-linux) is not installed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return untied("the setpriv check was interrupted");
        }
    }

    private static ProcessLauncher untied(String why) {
        return new ProcessLauncher(
                List.of(),
                why + ": an ffmpeg left by a killed worker runs on until the next start-up recovery stops it");
    }

    private static Process onLauncher(ProcessBuilder builder) throws IOException {
        Future<Process> started = LAUNCHER.submit(builder::start);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return started.get();
                } catch (InterruptedException e) {
                    // the process may be starting: wait for it, so that it is never left unknown
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean isExecutable(String program) {
        if (program.contains(File.separator)) {
            return Files.isExecutable(Path.of(program));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
