package io.arrflow.worker.swap;

/** A process a dead worker left running, which start-up recovery killed. */
public record StoppedProcess(long pid, String commandLine) {}
