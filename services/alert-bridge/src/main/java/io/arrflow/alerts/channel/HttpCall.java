package io.arrflow.alerts.channel;

import java.net.URI;
import java.util.Map;

/** One HTTP request a channel wants sent. Its URI and headers may hold secrets: never log them. */
public record HttpCall(String method, URI uri, Map<String, String> headers, String body) {

    public HttpCall {
        headers = Map.copyOf(headers);
    }

    @Override
    public String toString() {
        return method + " " + uri.getScheme() + "://" + uri.getHost() + " (" + body.length() + " chars)";
    }
}
