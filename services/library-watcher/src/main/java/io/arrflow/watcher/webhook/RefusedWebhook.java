package io.arrflow.watcher.webhook;

/** A webhook that cannot be carried out as it stands (an unsafe path, no file named); nothing was queued. */
public final class RefusedWebhook extends RuntimeException {

    RefusedWebhook(String reason) {
        super(reason);
    }
}
