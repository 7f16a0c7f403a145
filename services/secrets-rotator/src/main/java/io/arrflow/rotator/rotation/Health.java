package io.arrflow.rotator.rotation;

/** What an arr instance answered when checked with a key. */
public sealed interface Health {

    /** {@code /ping} answered and {@code system/status} accepted the key. */
    record Healthy(String version) implements Health {}

    /** Not healthy with that key within the time allowed; the reason says what was last seen. */
    record Unhealthy(String reason) implements Health {}
}
