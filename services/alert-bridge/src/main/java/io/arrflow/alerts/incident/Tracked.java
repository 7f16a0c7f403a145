package io.arrflow.alerts.incident;

import io.arrflow.alerts.alert.Alert;

/**
 * An alert in a group.
 *
 * @param told a FIRING of it was notified, so it is owed a RESOLVED
 * @param pending it changed since the last notification and will be in the next one
 */
public record Tracked(Alert alert, boolean told, boolean pending) {}
