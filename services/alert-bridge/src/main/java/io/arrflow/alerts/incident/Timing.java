package io.arrflow.alerts.incident;

import java.time.Duration;

/**
 * When a group is notified.
 *
 * @param groupWait how long a new group waits for more alerts before its first message
 * @param groupInterval the least time between two messages of a group about new or changed firing alerts
 * @param repeatInterval reminder interval while alerts keep firing; zero = no reminders
 * @param resolveWait how long a RESOLVED waits for more resolutions of its group; never held back by the
 *     group interval
 */
public record Timing(Duration groupWait, Duration groupInterval, Duration repeatInterval, Duration resolveWait) {

    public boolean remindsWhileFiring() {
        return repeatInterval != null && repeatInterval.isPositive();
    }
}
