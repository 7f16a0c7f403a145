package io.arrflow.prober.probe.adapter;

import io.arrflow.prober.probe.Endpoint;
import io.arrflow.prober.probe.Problems;
import io.arrflow.prober.state.Observation.Failing;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * A probe's exception as the reason a person reads, in the same words wherever it shows (events,
 * {@code /api/stats}, the status page): "connection refused on sonarr:8989", not the HTTP, socket or
 * Redis client's exception, whose wrapping differs between clients and even between two attempts.
 * An exception that is not about reaching the target keeps its own message.
 */
public final class ProbeFailures {

    private ProbeFailures() {}

    public static Failing of(Throwable error, Endpoint endpoint, Duration timeout) {
        List<Throwable> chain = chain(error);
        if (endpoint != null && timedOut(chain)) {
            return noAnswer(endpoint, timeout);
        }
        String reason = Optional.ofNullable(endpoint)
                .flatMap(at -> unreachable(chain, at))
                .orElseGet(() -> Problems.oneLine(error));
        return new Failing(
                reason,
                Duration.ZERO,
                evidence(endpoint, "error", error.getClass().getSimpleName()));
    }

    public static Failing noAnswer(Endpoint endpoint, Duration timeout) {
        String from = endpoint == null ? "" : " from " + endpoint;
        return new Failing(
                "no answer" + from + " within " + timeout.toMillis() + " ms",
                timeout,
                evidence(endpoint, "timeout", "true"));
    }

    private static Optional<String> unreachable(List<Throwable> chain, Endpoint at) {
        if (has(chain, UnknownHostException.class, UnresolvedAddressException.class)) {
            return Optional.of("unknown host " + at.host());
        }
        if (has(chain, CertificateException.class, CertPathBuilderException.class, CertPathValidatorException.class)) {
            return Optional.of("TLS certificate of " + at + " not accepted: " + message(rootCause(chain.getFirst())));
        }
        Optional<Throwable> tls = first(chain, SSLException.class);
        if (tls.isPresent()) {
            return Optional.of("TLS handshake with " + at + " failed: " + message(tls.get()));
        }
        Optional<Throwable> connect = first(chain, ConnectException.class, NoRouteToHostException.class);
        if (connect.isPresent()) {
            return Optional.of(connectFailure(connect.get(), at));
        }
        if (mentions(chain, "connection reset")) {
            return Optional.of("connection reset by " + at);
        }
        if (has(chain, EOFException.class, ClosedChannelException.class) || mentions(chain, "end of stream")) {
            return Optional.of(at + " closed the connection without an answer");
        }
        return Optional.empty();
    }

    /** The JDK's HTTP client retries a refused connection and loses the message on the way: no message is a refusal. */
    private static String connectFailure(Throwable connect, Endpoint at) {
        String message = connect.getMessage();
        if (message == null || message.toLowerCase(Locale.ROOT).contains("refused")) {
            return "connection refused on " + at;
        }
        return "cannot connect to " + at + " (" + message(connect) + ")";
    }

    private static boolean timedOut(List<Throwable> chain) {
        return has(chain, HttpTimeoutException.class, SocketTimeoutException.class) || mentions(chain, "timed out");
    }

    /** The exception, its causes and what they suppressed (Jedis keeps each failed address there). */
    private static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = error; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
            chain.addAll(List.of(t.getSuppressed()));
        }
        return chain;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    @SafeVarargs
    private static Optional<Throwable> first(List<Throwable> chain, Class<? extends Throwable>... types) {
        return chain.stream()
                .filter(t -> List.of(types).stream().anyMatch(type -> type.isInstance(t)))
                .findFirst();
    }

    @SafeVarargs
    private static boolean has(List<Throwable> chain, Class<? extends Throwable>... types) {
        return first(chain, types).isPresent();
    }

    private static boolean mentions(List<Throwable> chain, String words) {
        return chain.stream()
                .map(Throwable::getMessage)
                .anyMatch(m -> m != null && m.toLowerCase(Locale.ROOT).contains(words));
    }

    private static String message(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static Map<String, String> evidence(Endpoint endpoint, String key, String value) {
        Map<String, String> evidence = new HashMap<>();
        evidence.put(key, value);
        if (endpoint != null) {
            evidence.put("address", endpoint.toString());
        }
        return evidence;
    }
}
