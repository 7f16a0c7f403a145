package io.arrflow.alerts.alert;

import java.util.Locale;

/** How urgent an alert is; ordered from least to most urgent. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    /** Reads the many spellings sources use (Alertmanager labels, arr health levels); unknown → INFO. */
    public static Severity parse(String value) {
        if (value == null) {
            return INFO;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "critical", "error", "page", "high", "fatal", "emergency" -> CRITICAL;
            case "warning", "warn", "medium" -> WARNING;
            default -> INFO;
        };
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
