package io.arrflow.prober.probe;

import java.net.URI;
import java.util.Locale;

/** Where a network target listens, written as people write it: {@code host:port}. */
public record Endpoint(String host, int port) {

    /** The URL's host and port (or its scheme's usual port); null for a URL without a host, e.g. a unix socket. */
    public static Endpoint of(URI url) {
        if (url == null || url.getHost() == null) {
            return null;
        }
        return new Endpoint(url.getHost(), url.getPort() >= 0 ? url.getPort() : usualPort(url.getScheme()));
    }

    private static int usualPort(String scheme) {
        return switch (scheme == null ? "" : scheme.toLowerCase(Locale.ROOT)) {
            case "http" -> 80;
            case "https" -> 443;
            case "redis", "rediss" -> 6379;
            default -> -1;
        };
    }

    @Override
    public String toString() {
        return port < 0 ? host : host + ":" + port;
    }
}
