package io.arrflow.rotator.rotation;

import java.time.Instant;

/** The old key a rotation backed up before writing the new one, and when that backup was written. */
public record Backup(ApiKey key, Instant written) {}
