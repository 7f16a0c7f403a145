package io.arrflow.watcher.webhook;

import io.arrflow.platform.messaging.MessagePublisher;
import io.arrflow.platform.security.BasicAuthenticator;
import io.arrflow.platform.security.MissingCredentials;
import io.arrflow.transcode.paths.PathMapper;
import io.arrflow.watcher.WatcherProperties;
import io.arrflow.watcher.jobs.PendingJobs;
import io.arrflow.watcher.library.LibraryGuard;
import io.arrflow.watcher.policy.TranscodePolicy;
import io.arrflow.watcher.webhook.adapter.PublishedWebhookEvents;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    /** The arr webhook form's Username/Password; without them the service refuses to start. */
    @Bean
    BasicAuthenticator webhookCredentials(WatcherProperties properties) {
        WatcherProperties.Webhook webhook = properties.webhook();
        if (webhook.username() == null || webhook.username().isBlank()) {
            throw new MissingCredentials("ARRFLOW_WEBHOOK_USERNAME", "The webhook username");
        }
        if (webhook.password() == null || webhook.password().isBlank()) {
            throw new MissingCredentials("ARRFLOW_WEBHOOK_PASSWORD", "The webhook password");
        }
        return new BasicAuthenticator("/webhooks/", webhook.username(), webhook.password());
    }

    @Bean
    Webhooks webhooks(
            PathMapper mapper,
            LibraryGuard guard,
            TranscodePolicy policy,
            PendingJobs pending,
            MessagePublisher publisher,
            MeterRegistry meters) {
        return new MeteredWebhooks(
                new ReactionExecutor(mapper, guard, policy, pending, new PublishedWebhookEvents(publisher)), meters);
    }
}
