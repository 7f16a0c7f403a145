package io.arrflow.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;

/**
 * Every command and event arrflow sends. Families are sealed interfaces of records; each record
 * names its stable wire type with {@code @JsonTypeName}.
 */
@JsonSubTypes({
    @JsonSubTypes.Type(TranscodeMessage.class),
    @JsonSubTypes.Type(ArrMessage.class),
    @JsonSubTypes.Type(HealthMessage.class),
    @JsonSubTypes.Type(SecretMessage.class),
    @JsonSubTypes.Type(PlatformMessage.class)
})
public sealed interface ArrflowMessage
        permits TranscodeMessage, ArrMessage, HealthMessage, SecretMessage, PlatformMessage {

    /** What the message is about: a file path, a service, a secret name. Used in logs and routing. */
    String subject();
}
