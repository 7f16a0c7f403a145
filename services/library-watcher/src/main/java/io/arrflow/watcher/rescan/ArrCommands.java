package io.arrflow.watcher.rescan;

import io.arrflow.watcher.rescan.ArrConnections.Connection;

/** The arr API as a rescan sees it; a failed call is an {@link ArrCallFailed}. */
public interface ArrCommands {

    /** Starts a command; returns its id. */
    long start(Connection arr, RescanCommand command);

    /** The command's status: queued, started, completed, failed, aborted, cancelled or orphaned. */
    String status(Connection arr, RescanCommand command, long id);
}
