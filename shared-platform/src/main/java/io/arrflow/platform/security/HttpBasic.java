package io.arrflow.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The {@code Authorization} value of HTTP Basic (RFC 7617), for clients that log in to other services. */
public final class HttpBasic {

    private HttpBasic() {}

    /** {@code Basic base64(user:password)}; a missing password is sent as an empty one. */
    public static String header(String user, String password) {
        String pair = user + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
