package io.arrflow.alerts.intake;

import java.util.List;
import java.util.Map;

/**
 * Alertmanager's webhook body (version 4). Read leniently: unknown fields (newer Alertmanagers add
 * some) are ignored and every field may be missing. Times stay text until mapped.
 */
public record AlertmanagerPayload(
        String version,
        String groupKey,
        Integer truncatedAlerts,
        String status,
        String receiver,
        Map<String, String> groupLabels,
        Map<String, String> commonLabels,
        Map<String, String> commonAnnotations,
        String externalURL,
        List<AmAlert> alerts) {

    public AlertmanagerPayload {
        alerts = alerts == null ? List.of() : alerts;
        commonLabels = commonLabels == null ? Map.of() : commonLabels;
    }

    /** One alert of the payload. */
    public record AmAlert(
            String status,
            Map<String, String> labels,
            Map<String, String> annotations,
            String startsAt,
            String endsAt,
            String generatorURL,
            String fingerprint) {

        public AmAlert {
            labels = labels == null ? Map.of() : labels;
            annotations = annotations == null ? Map.of() : annotations;
        }
    }
}
