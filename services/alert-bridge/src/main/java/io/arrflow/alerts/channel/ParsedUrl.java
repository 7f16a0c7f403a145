package io.arrflow.alerts.channel;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An Apprise-style URL taken apart without {@link java.net.URI}, which rejects what these URLs
 * commonly hold (a Telegram bot token's colon where a port would be).
 * {@code scheme://[user[:password]@]host[:port][/path/segments][?key=value&+Header=value]}.
 */
record ParsedUrl(
        String scheme, String user, String password, String host, List<String> path, Map<String, String> query) {

    static ParsedUrl parse(String url) {
        String text = url.trim();
        int schemeEnd = text.indexOf("://");
        if (schemeEnd <= 0) {
            throw new IllegalArgumentException("not a channel URL (scheme://...)");
        }
        String scheme = text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = text.substring(schemeEnd + 3);
        Map<String, String> query = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = query(rest.substring(q + 1));
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        List<String> path = slash < 0 ? List.of() : segments(rest.substring(slash + 1));
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? null : authority.substring(0, at);
        String host = at < 0 ? authority : authority.substring(at + 1);
        String user = userInfo == null ? null : decode(userInfo.split(":", 2)[0]);
        String password = userInfo == null || !userInfo.contains(":") ? null : decode(userInfo.split(":", 2)[1]);
        return new ParsedUrl(scheme, user, password, host, path, query);
    }

    boolean secure() {
        return scheme.endsWith("s") && !scheme.equals("tgram");
    }

    String param(String key, String fallback) {
        String value = query.get(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The custom headers Apprise writes as {@code ?+X-Header=value}. */
    Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        query.forEach((k, v) -> {
            if (k.startsWith("+") && k.length() > 1) {
                headers.put(k.substring(1), v);
            }
        });
        return headers;
    }

    String pathString() {
        return String.join("/", path);
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        Arrays.stream(path.split("/"))
                .filter(s -> !s.isBlank())
                .map(ParsedUrl::decode)
                .forEach(out::add);
        return out;
    }

    private static Map<String, String> query(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            String key = kv[0].startsWith("+") ? "+" + decode(kv[0].substring(1)) : decode(kv[0]);
            out.put(key.startsWith("+") ? key : key.toLowerCase(Locale.ROOT), kv.length > 1 ? decode(kv[1]) : "");
        }
        return out;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
