package io.arrflow.rotator.rotation;

import io.arrflow.rotator.init.SecretGenerator;
import io.arrflow.rotator.init.SecretKind;
import java.util.Objects;

/** An arr API key. Its {@link #toString()} never shows the value, so it cannot leak into a log line. */
public record ApiKey(String value) {

    public ApiKey {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("an API key cannot be empty");
        }
    }

    public static ApiKey generate(SecretGenerator generator) {
        return new ApiKey(generator.generate(SecretKind.ARR_API_KEY));
    }

    @Override
    public String toString() {
        return "ApiKey[****]";
    }
}
