package io.arrflow.rotator.init;

import java.util.List;

/**
 * One secret of the compose stack.
 *
 * @param name the file name under the secrets directory, also the Docker secret name
 * @param kind the shape of the value
 * @param variables the {@code *_FILE} variables of the {@code .env} that point at the file
 * @param readBy the services that read it
 */
public record StackSecret(String name, SecretKind kind, List<String> variables, String readBy) {

    public StackSecret {
        variables = List.copyOf(variables);
    }
}
