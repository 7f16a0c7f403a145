package io.arrflow.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Accepts HTTP Basic credentials on requests under a path prefix (the arr apps send them
 * pre-emptively, encoded in ISO-8859-1, from the webhook form's Username and Password).
 */
public final class BasicAuthenticator implements Authenticator {

    private static final String PREFIX = "Basic ";
    private final String pathPrefix;
    private final String username;
    private final String password;

    public BasicAuthenticator(String pathPrefix, String username, String password) {
        this.pathPrefix = pathPrefix;
        this.username = username;
        this.password = password;
    }

    @Override
    public boolean accepts(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (!request.getRequestURI().startsWith(pathPrefix)
                || header == null
                || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        String decoded = decode(header.substring(PREFIX.length()).trim());
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        boolean userMatches = Credentials.matches(decoded.substring(0, colon), username);
        boolean passwordMatches = Credentials.matches(decoded.substring(colon + 1), password);
        return userMatches & passwordMatches;
    }

    private static String decode(String encoded) {
        try {
            return new String(Base64.getDecoder().decode(encoded), StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
