package io.arrflow.platform.web;

import io.arrflow.platform.security.Authenticator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request must be accepted by one {@link Authenticator}, except the container health check
 * ({@code /actuator/health}); otherwise it is answered 401 with a one-line JSON reason.
 */
public final class AuthenticationFilter extends OncePerRequestFilter {

    private static final Pattern HEALTH = Pattern.compile("/actuator/health(/[\\w-]+)*/?");

    private final List<Authenticator> authenticators;

    public AuthenticationFilter(List<Authenticator> authenticators) {
        this.authenticators = List.copyOf(authenticators);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isOpen(request) || authenticators.stream().anyMatch(a -> a.accepts(request))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer realm=\"arrflow\", Basic realm=\"arrflow\"");
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":"
                        + "\"missing or wrong credentials: send Authorization: Bearer <ARRFLOW_API_TOKEN>\"}");
    }

    /**
     * The raw request URI is neither decoded nor normalized, so only plain segments count as the
     * health check: {@code /actuator/health/../../api/jobs} (or with {@code %2e} or {@code ;}) does not.
     */
    static boolean isOpen(HttpServletRequest request) {
        return HEALTH.matcher(request.getRequestURI()).matches();
    }
}
