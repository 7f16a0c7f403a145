package io.arrflow.transcode.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@link Commands} as processes that die with the worker ({@link ProcessLauncher}); stderr keeps its last
 * lines, stdout is streamed.
 */
public final class ProcessCommands implements Commands {

    private static final int KEPT_ERROR_LINES = 40;

    private final ProcessLauncher launcher = ProcessLauncher.shared();
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private volatile boolean aborting;

    /** Whether the processes die with the worker, and if not why: one line for the start-up log. */
    public String lifetime() {
        return launcher.lifetime();
    }

    public boolean tiedToWorker() {
        return launcher.tiedToWorker();
    }

    @Override
    public CommandResult run(List<String> command, Duration timeout, Consumer<String> stdout) {
        if (aborting) {
            throw new CommandAborted("worker is shutting down");
        }
        Process process = launcher.start(command);
        running.add(process);
        try {
            Deque<String> errors = new ArrayDeque<>();
            Thread errorReader = Thread.ofVirtual().start(() -> drain(process.getErrorStream(), errors));
            Thread outReader = Thread.ofVirtual().start(() -> forEachLine(process.getInputStream(), stdout));
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            errorReader.join();
            outReader.join();
            if (aborting) {
                throw new CommandAborted(command.getFirst() + " stopped: worker is shutting down");
            }
            return ended ? new CommandResult(process.exitValue(), snapshot(errors)) : timedOut(timeout, errors);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CommandAborted(command.getFirst() + " interrupted");
        } finally {
            running.remove(process);
        }
    }

    @Override
    public void abortAll() {
        aborting = true;
        running.forEach(Process::destroyForcibly);
    }

    private static CommandResult timedOut(Duration timeout, Deque<String> errors) {
        List<String> lines = new ArrayList<>(snapshot(errors));
        lines.add("timed out after " + timeout);
        return new CommandResult(-1, lines);
    }

    private static List<String> snapshot(Deque<String> errors) {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    private static void drain(InputStream stream, Deque<String> errors) {
        forEachLine(stream, line -> {
            synchronized (errors) {
                errors.addLast(line);
                if (errors.size() > KEPT_ERROR_LINES) {
                    errors.removeFirst();
                }
            }
        });
    }

    private static void forEachLine(InputStream stream, Consumer<String> sink) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                sink.accept(line);
            }
        } catch (IOException e) {
            // the process ended or was killed: nothing more to read
        }
    }
}
