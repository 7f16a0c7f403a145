package io.arrflow.rotator.audit;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

/**
 * Secret-shaped values made at run time from a seed, so no secret-looking literal sits in the
 * sources (arrflow's own repository must audit clean).
 */
public final class FakeSecrets {

    private FakeSecrets() {}

    /** 32 lower-case hex digits, the shape of an arr API key. */
    public static String arrKey(long seed) {
        return HexFormat.of().formatHex(bytes(seed, 16));
    }

    /** A 43-character URL-safe token, the shape of a generated password. */
    public static String token(long seed) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(seed, 32));
    }

    private static byte[] bytes(long seed, int count) {
        byte[] bytes = new byte[count];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
