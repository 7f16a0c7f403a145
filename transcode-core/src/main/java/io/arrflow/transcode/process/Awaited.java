package io.arrflow.transcode.process;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work that runs commands on another thread, with their failures and a shutdown passed on as they are. */
public final class Awaited {

    private Awaited() {}

    /**
     * The result of {@code work}. Its own runtime failure is rethrown unchanged; an interrupt (the worker
     * shutting down) cancels the work, which stops its commands, and ends in {@link CommandAborted}.
     */
    public static <T> T result(Future<T> work, String what) {
        try {
            return work.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new CommandAborted(what + " interrupted");
        }
    }
}
