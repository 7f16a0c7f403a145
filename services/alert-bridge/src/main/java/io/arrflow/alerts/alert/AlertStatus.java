package io.arrflow.alerts.alert;

/**
 * FIRING opens an incident that stays open until its RESOLVED; a NOTICE is a one-off fact (a failed
 * transcode, an app update) that is told once and never resolves.
 */
public enum AlertStatus {
    FIRING,
    RESOLVED,
    NOTICE
}
