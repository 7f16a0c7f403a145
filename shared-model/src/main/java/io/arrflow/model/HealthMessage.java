package io.arrflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.Instant;
import java.util.Map;

/** State changes of probed services, published by health-prober only on transitions. */
@JsonSubTypes({
    @JsonSubTypes.Type(HealthMessage.ServiceDown.class),
    @JsonSubTypes.Type(HealthMessage.ServiceRecovered.class),
    @JsonSubTypes.Type(HealthMessage.ServicePending.class),
    @JsonSubTypes.Type(HealthMessage.ServiceMaintenanceStarted.class),
    @JsonSubTypes.Type(HealthMessage.ServiceMaintenanceEnded.class)
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface HealthMessage extends ArrflowMessage {

    /** The probed target's configured name, e.g. {@code sonarr} or {@code container:radarr}. */
    String target();

    @Override
    default String subject() {
        return target();
    }

    /**
     * Event: a target crossed its failure threshold.
     *
     * @param evidence what the failing probes saw (status code, error, latency, …), never a secret
     */
    @JsonTypeName("ServiceDown")
    record ServiceDown(String target, String kind, String reason, Instant since, Map<String, String> evidence)
            implements HealthMessage {}

    /** Event: a target that was down crossed its success threshold. */
    @JsonTypeName("ServiceRecovered")
    record ServiceRecovered(String target, String kind, Instant downSince, long downSeconds) implements HealthMessage {}

    /** Event: a target is neither up nor down, e.g. a container that is restarting. */
    @JsonTypeName("ServicePending")
    record ServicePending(String target, String kind, String reason) implements HealthMessage {}

    /** Event: a maintenance window started for a target; its failures are not alerts meanwhile. */
    @JsonTypeName("ServiceMaintenanceStarted")
    record ServiceMaintenanceStarted(String target, Instant until) implements HealthMessage {}

    /** Event: a maintenance window ended. */
    @JsonTypeName("ServiceMaintenanceEnded")
    record ServiceMaintenanceEnded(String target) implements HealthMessage {}
}
