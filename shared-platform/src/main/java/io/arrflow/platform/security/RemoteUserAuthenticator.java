package io.arrflow.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/** Accepts a request that Authelia's forward auth let through: it carries the {@code Remote-User} header. */
public final class RemoteUserAuthenticator implements Authenticator {

    private final String header;

    public RemoteUserAuthenticator(String header) {
        this.header = header;
    }

    @Override
    public boolean accepts(HttpServletRequest request) {
        String user = request.getHeader(header);
        return user != null && !user.isBlank();
    }
}
