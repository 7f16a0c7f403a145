package io.arrflow.watcher.webhook.adapter;

import io.arrflow.model.ArrApp;
import io.arrflow.platform.web.ApiProblem;
import io.arrflow.watcher.webhook.ArrWebhook;
import io.arrflow.watcher.webhook.RefusedWebhook;
import io.arrflow.watcher.webhook.WebhookResult;
import io.arrflow.watcher.webhook.Webhooks;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST|PUT /webhooks/{sonarr|radarr|lidarr}}: the arr apps' "Webhook" connection. */
@RestController
public class WebhookController {

    private static final Set<String> APPS = Set.of("sonarr", "radarr", "lidarr");
    private final Webhooks webhooks;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @RequestMapping(
            path = "/webhooks/{app}",
            method = {RequestMethod.POST, RequestMethod.PUT})
    Map<String, Object> receive(@PathVariable String app, @RequestBody(required = false) String body) {
        if (!APPS.contains(app)) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "unknown app '" + app + "': use sonarr, radarr or lidarr");
        }
        WebhookResult result = handle(ArrApp.fromWire(app), parse(body));
        return Map.of(
                "eventType", String.valueOf(result.eventType()),
                "reaction", result.reaction(),
                "outcome", result.outcome(),
                "published", result.published());
    }

    private WebhookResult handle(ArrApp app, ArrWebhook hook) {
        try {
            return webhooks.handle(app, hook);
        } catch (RefusedWebhook e) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        }
    }

    private ArrWebhook parse(String body) {
        if (body == null || body.isBlank()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "malformed JSON: empty body");
        }
        try {
            ArrWebhook hook = json.readValue(body, ArrWebhook.class);
            if (hook == null) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "malformed JSON: expected an object");
            }
            return hook;
        } catch (JacksonException e) {
            String reason = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    "malformed JSON: " + reason.lines().findFirst().orElse(reason));
        }
    }
}
