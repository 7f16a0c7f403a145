package io.arrflow.transcode.process;

/** A command was stopped because the worker is shutting down: the job is requeued, not failed. */
public class CommandAborted extends RuntimeException {

    public CommandAborted(String message) {
        super(message);
    }
}
