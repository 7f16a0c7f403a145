package io.arrflow.alerts.incident;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/incidents}: the open groups and their alerts, as stored. */
@RestController
class IncidentController {

    private final Incidents incidents;

    IncidentController(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping("/api/incidents")
    List<Group> open() {
        return incidents.open();
    }
}
