package io.arrflow.watcher.webhook;

import io.arrflow.model.ArrApp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Counts webhooks by app, event and outcome ({@code arrflow_webhooks_total}) and times them. */
class MeteredWebhooks implements Webhooks {

    private final Webhooks delegate;
    private final MeterRegistry registry;

    MeteredWebhooks(Webhooks delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public WebhookResult handle(ArrApp app, ArrWebhook hook) {
        Timer.Sample sample = Timer.start(registry);
        String event = hook.eventType() == null ? "none" : hook.eventType();
        String outcome = "failed";
        try {
            WebhookResult result = delegate.handle(app, hook);
            outcome = result.outcome();
            return result;
        } catch (RuntimeException e) {
            outcome = "rejected";
            throw e;
        } finally {
            registry.counter("arrflow.webhooks", "app", app.wireName(), "event", event, "outcome", outcome)
                    .increment();
            sample.stop(registry.timer("arrflow.webhook.latency", "app", app.wireName()));
        }
    }
}
