package io.arrflow.platform.security;

import jakarta.servlet.http.HttpServletRequest;

/** One way a request may prove who sent it. A request passes when any authenticator accepts it. */
@FunctionalInterface
public interface Authenticator {

    boolean accepts(HttpServletRequest request);
}
