package io.arrflow.alerts.intake.adapter;

import io.arrflow.alerts.AlertsProperties;
import io.arrflow.alerts.incident.Incidents;
import io.arrflow.alerts.intake.AlertmanagerAlerts;
import io.arrflow.alerts.intake.AlertmanagerPayload;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /alertmanager}: Alertmanager's webhook receiver. Answers 200 once the alerts are stored
 * in their groups (Redis); on an error Alertmanager retries.
 */
@RestController
public class AlertmanagerController {

    private final Incidents incidents;
    private final Set<String> outageAlerts;
    private final Clock clock;

    public AlertmanagerController(Incidents incidents, AlertsProperties properties, Clock clock) {
        this.incidents = incidents;
        this.outageAlerts = Set.copyOf(properties.outageAlerts());
        this.clock = clock;
    }

    @PostMapping(path = "/alertmanager", consumes = MediaType.ALL_VALUE)
    Map<String, Object> receive(@RequestBody AlertmanagerPayload payload) {
        var alerts = AlertmanagerAlerts.of(payload, outageAlerts, clock.instant());
        alerts.forEach(incidents::accept);
        return Map.of("status", "ok", "alerts", alerts.size());
    }
}
