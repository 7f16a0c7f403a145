package io.arrflow.watcher.rescan;

import io.arrflow.model.ArrItemRef;
import io.arrflow.model.ArrMessage.ArrRescanCompleted;
import io.arrflow.model.ArrMessage.ArrRescanFailed;
import io.arrflow.model.Envelope;
import io.arrflow.model.TranscodeMessage.TranscodeCompleted;
import io.arrflow.watcher.WatcherProperties;
import io.arrflow.watcher.rescan.ArrConnections.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a file was replaced, tells its arr app to rescan the item and follows the command until it
 * ends. Failures are retried with exponential backoff a bounded number of times, then reported as
 * {@code ArrRescanFailed}.
 */
public class RescanHandler {

    private static final Logger log = LoggerFactory.getLogger(RescanHandler.class);

    private final ArrConnections connections;
    private final ArrCommands client;
    private final RescanReports reports;
    private final WatcherProperties.Rescan settings;

    RescanHandler(
            ArrConnections connections, ArrCommands client, RescanReports reports, WatcherProperties.Rescan settings) {
        this.connections = connections;
        this.client = client;
        this.reports = reports;
        this.settings = settings;
    }

    public void completed(Envelope envelope, TranscodeCompleted completed) {
        ArrItemRef item = completed.arrItem();
        if (item == null) {
            return;
        }
        Optional<Connection> arr = connections.of(item.app());
        if (arr.isEmpty()) {
            log.info("no {} connection configured; {} not rescanned", item.app().wireName(), completed.path());
            return;
        }
        rescanWithRetries(envelope, arr.get(), item);
    }

    private void rescanWithRetries(Envelope cause, Connection arr, ArrItemRef item) {
        RescanCommand command = RescanCommand.of(item);
        String lastFailure = "";
        int attempts = 0;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            attempts = attempt;
            try {
                long id = runToCompletion(arr, command);
                reports.completed(
                        cause,
                        new ArrRescanCompleted(item.app(), arr.app().wireName(), item.itemId(), command.name(), id));
                return;
            } catch (ArrCallFailed e) {
                lastFailure = e.getMessage();
                log.warn(
                        "rescan of {} {} failed (attempt {} of {}): {}",
                        item.app().wireName(),
                        item.itemId(),
                        attempt,
                        settings.attempts(),
                        lastFailure);
                if (!e.retryable()) {
                    break;
                }
                pause(settings.firstBackoff().multipliedBy(1L << (attempt - 1)));
            }
        }
        reports.failed(
                cause, new ArrRescanFailed(item.app(), arr.app().wireName(), item.itemId(), lastFailure, attempts));
    }

    private long runToCompletion(Connection arr, RescanCommand command) {
        long id = client.start(arr, command);
        Instant deadline = Instant.now().plus(settings.commandTimeout());
        while (Instant.now().isBefore(deadline)) {
            String status = client.status(arr, command, id);
            switch (status) {
                case "completed" -> {
                    return id;
                }
                case "failed", "aborted", "cancelled", "orphaned" ->
                    throw new ArrCallFailed(command.name() + " ended " + status, true);
                default -> pause(settings.pollInterval());
            }
        }
        throw new ArrCallFailed(command.name() + " did not finish within " + settings.commandTimeout(), true);
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArrCallFailed("interrupted", false);
        }
    }
}
