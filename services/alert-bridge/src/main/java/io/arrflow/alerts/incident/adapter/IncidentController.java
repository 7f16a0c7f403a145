package io.arrflow.alerts.incident.adapter;

import io.arrflow.alerts.incident.Group;
import io.arrflow.alerts.incident.Incidents;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/incidents}: the open groups and their alerts, as stored. */
@RestController
public class IncidentController {

    private final Incidents incidents;

    public IncidentController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/api/incidents")
    List<Group> open() {
        return incidents.open();
    }
}
