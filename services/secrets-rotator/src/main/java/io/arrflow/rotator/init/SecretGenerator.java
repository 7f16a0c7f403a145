package io.arrflow.rotator.init;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Generates secret values with a {@link SecureRandom}. */
public class SecretGenerator {

    private final SecureRandom random;

    public SecretGenerator(SecureRandom random) {
        this.random = random;
    }

    public SecretGenerator() {
        this(new SecureRandom());
    }

    /** A value of the given kind. */
    public String generate(SecretKind kind) {
        return switch (kind) {
            case ARR_API_KEY -> HexFormat.of().formatHex(bytes(16));
            case TOKEN -> base64(bytes(32));
            case LONG_SECRET -> base64(bytes(64));
        };
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
