package io.arrflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** Secret rotation. No message of this family ever carries a secret value. */
@JsonSubTypes({
    @JsonSubTypes.Type(SecretMessage.RotateSecret.class),
    @JsonSubTypes.Type(SecretMessage.SecretRotated.class),
    @JsonSubTypes.Type(SecretMessage.SecretRotationFailed.class)
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface SecretMessage extends ArrflowMessage {

    /** The secret's name, e.g. {@code sonarr-api-key}. */
    String name();

    @Override
    default String subject() {
        return name();
    }

    /** Command: rotate this secret now. Publishable by hand to {@code arrflow.secrets.commands}. */
    @JsonTypeName("RotateSecret")
    record RotateSecret(String name, String reason) implements SecretMessage {}

    /** Event: the secret has a new version, verified; consumers reload it from its file. */
    @JsonTypeName("SecretRotated")
    record SecretRotated(String name, int version) implements SecretMessage {}

    /** Event: a rotation failed; {@code rolledBack} tells whether the old secret is in force again. */
    @JsonTypeName("SecretRotationFailed")
    record SecretRotationFailed(String name, String reason, boolean rolledBack) implements SecretMessage {}
}
