package io.arrflow.watcher.webhook;

/** What the webhook endpoint answers: the reaction and how many messages it published. */
public record WebhookResult(String eventType, String reaction, String outcome, int published) {}
