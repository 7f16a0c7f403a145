package io.arrflow.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The common envelope of every message on the wire. The payload's wire type name travels as the
 * top-level {@code type} property, next to the envelope's {@code version}.
 *
 * <pre>{"id":"…","type":"TranscodeFile","version":1,"occurredAt":"…","source":"…","correlationId":"…","payload":{…}}</pre>
 */
public record Envelope(
        UUID id,
        Integer version,
        Instant occurredAt,
        String source,
        String correlationId,

        @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "type")
        ArrflowMessage payload) {

    public static final int CURRENT_VERSION = 1;

    public Envelope {
        Objects.requireNonNull(payload, "payload");
        version = version == null ? CURRENT_VERSION : version;
    }

    /** A new envelope for a message that starts a flow: its correlation id is its own id. */
    public static Envelope of(ArrflowMessage payload, String source) {
        UUID id = UUID.randomUUID();
        return new Envelope(id, CURRENT_VERSION, Instant.now(), source, id.toString(), payload);
    }

    /** A new envelope caused by {@code cause}: it keeps the cause's correlation id. */
    public static Envelope causedBy(Envelope cause, ArrflowMessage payload, String source) {
        return new Envelope(
                UUID.randomUUID(), CURRENT_VERSION, Instant.now(), source, cause.correlationIdOrId(), payload);
    }

    /** The wire type name of the payload, e.g. {@code TranscodeFile}. */
    @JsonIgnore
    public String type() {
        return WireNames.of(payload.getClass());
    }

    @JsonIgnore
    public String correlationIdOrId() {
        if (correlationId != null && !correlationId.isBlank()) {
            return correlationId;
        }
        return id == null ? null : id.toString();
    }
}
