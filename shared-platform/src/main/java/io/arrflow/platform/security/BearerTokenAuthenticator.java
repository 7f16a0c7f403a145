package io.arrflow.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;

/** Accepts {@code Authorization: Bearer <token>} (also the {@code X-Api-Token} header, for tools). */
public final class BearerTokenAuthenticator implements Authenticator {

    private static final String PREFIX = "Bearer ";
    private final Supplier<String> token;

    public BearerTokenAuthenticator(Supplier<String> token) {
        this.token = token;
    }

    @Override
    public boolean accepts(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Credentials.matches(header.substring(PREFIX.length()).trim(), token.get());
        }
        return Credentials.matches(request.getHeader("X-Api-Token"), token.get());
    }
}
