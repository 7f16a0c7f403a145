package io.arrflow.alerts.intake;

import io.arrflow.alerts.incident.Incidents;
import io.arrflow.alerts.silence.Matcher;
import io.arrflow.alerts.silence.Silence;
import io.arrflow.alerts.silence.SilenceStore;
import io.arrflow.model.Envelope;
import io.arrflow.model.HealthMessage;
import io.arrflow.platform.messaging.EnvelopeHandler;
import java.time.Instant;
import java.util.List;

/**
 * Handles one event from {@code arrflow.alert-bridge.events}: its alerts go into their groups; a
 * maintenance window of health-prober becomes a silence on that target until it ends.
 */
final class EventIntake implements EnvelopeHandler {

    private final Incidents incidents;
    private final SilenceStore silences;

    EventIntake(Incidents incidents, SilenceStore silences) {
        this.incidents = incidents;
        this.silences = silences;
    }

    @Override
    public void handle(Envelope envelope) {
        if (envelope.payload() instanceof HealthMessage.ServiceMaintenanceStarted m && m.until() != null) {
            silences.put(maintenance(m.target(), m.until()));
        } else if (envelope.payload() instanceof HealthMessage.ServiceMaintenanceEnded m) {
            silences.remove(maintenanceId(m.target()));
        }
        EventAlerts.of(envelope).forEach(incidents::accept);
    }

    static Silence maintenance(String target, Instant until) {
        List<Matcher> matchers =
                List.of(new Matcher("source", "health", false, true), new Matcher("subject", target, false, true));
        return new Silence(maintenanceId(target), matchers, null, until, "health-prober", "maintenance window");
    }

    static String maintenanceId(String target) {
        return "maintenance:" + target;
    }
}
