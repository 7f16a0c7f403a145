package io.arrflow.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Constant-time comparison, so a caller cannot learn a secret from response times. */
final class Credentials {

    private Credentials() {}

    static boolean matches(String presented, String expected) {
        if (presented == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
