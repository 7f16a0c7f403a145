package io.arrflow.alerts.delivery;

import io.arrflow.alerts.alert.Notification;
import java.time.Instant;

/**
 * What travels on {@code arrflow.alert-bridge.notifications}: one message for one channel, named
 * (never its URL, which holds secrets).
 */
public record OutgoingNotification(String id, String channel, Notification notification, Instant createdAt) {}
