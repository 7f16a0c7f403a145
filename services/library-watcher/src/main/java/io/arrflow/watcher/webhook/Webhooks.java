package io.arrflow.watcher.webhook;

import io.arrflow.model.ArrApp;

/** Handles one arr webhook; returns once everything it caused is durably published. */
public interface Webhooks {

    WebhookResult handle(ArrApp app, ArrWebhook hook);
}
