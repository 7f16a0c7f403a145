package io.arrflow.platform.arrapi;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as an arr app received it, which {@link ArrApi} checks against the subset.
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path, e.g. {@code /api/v3/command/1001}
 * @param query the raw query without {@code ?}, empty when there is none
 * @param headers the first value of each header, by lower-case name
 * @param body the body as text, empty when there is none
 */
public record ArrRequest(String method, String path, String query, Map<String, String> headers, String body) {

    public ArrRequest {
        method = method.toUpperCase(Locale.ROOT);
        query = query == null ? "" : query;
        Map<String, String> lowerCase = new LinkedHashMap<>();
        headers.forEach((name, value) -> lowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
        headers = Map.copyOf(lowerCase);
        body = body == null ? "" : body;
    }

    /** Reads the request of an exchange, body included; the exchange can still be answered. */
    public static ArrRequest of(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.getFirst()));
        return new ArrRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                headers,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query);
    }
}
