package io.arrflow.alerts.channel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every configured channel: the named ones ({@code arrflow.alerts.channels.<name>}) and those of
 * {@code ARRFLOW_NOTIFY_URLS}, named {@code notify-1}, {@code notify-2}, …
 */
public final class Channels {

    public static final String NOTIFY_PREFIX = "notify-";

    private final Map<String, List<Channel>> byConfiguredName;
    private final Map<String, Channel> byName = new LinkedHashMap<>();

    private Channels(Map<String, List<Channel>> byConfiguredName) {
        this.byConfiguredName = byConfiguredName;
        byConfiguredName.values().forEach(list -> list.forEach(c -> byName.put(c.name(), c)));
    }

    public static Channels of(Map<String, String> named, List<String> notifyUrls) {
        Map<String, List<Channel>> channels = new LinkedHashMap<>();
        named.forEach((name, url) -> {
            if (!isSecretFileVariable(name)) {
                channels.put(name, parse(name, url));
            }
        });
        for (int i = 0; i < notifyUrls.size(); i++) {
            String name = NOTIFY_PREFIX + (i + 1);
            channels.put(name, parse(name, notifyUrls.get(i)));
        }
        return new Channels(channels);
    }

    /**
     * Splits {@code ARRFLOW_NOTIFY_URLS}: commas or whitespace before the next {@code scheme://}, so a
     * comma inside a URL ({@code mailto://…?to=a@x,b@y}) stays in it.
     */
    public static List<String> split(String urls) {
        List<String> out = new ArrayList<>();
        if (urls == null) {
            return out;
        }
        for (String url : urls.split("[,\\s]+(?=[a-zA-Z][a-zA-Z0-9+.-]*://)")) {
            if (!url.isBlank()) {
                out.add(url.trim().replaceAll("[,\\s]+$", ""));
            }
        }
        return out;
    }

    /** The channels a route's channel name stands for (a Telegram URL with two chats is two). */
    public List<Channel> named(String configuredName) {
        return byConfiguredName.getOrDefault(configuredName, List.of());
    }

    public Optional<Channel> channel(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<String> notifyNames() {
        return byConfiguredName.keySet().stream()
                .filter(n -> n.startsWith(NOTIFY_PREFIX))
                .toList();
    }

    public boolean knows(String configuredName) {
        return byConfiguredName.containsKey(configuredName);
    }

    public List<Channel> all() {
        return List.copyOf(byName.values());
    }

    /**
     * {@code ARRFLOW_ALERTS_CHANNELS_PHONE_FILE} also binds as channel {@code phone.file}; its content
     * already arrived as {@code phone} (shared-platform's file secrets), so the path itself is skipped.
     */
    static boolean isSecretFileVariable(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".file") || lower.endsWith("_file") || lower.endsWith("-file");
    }

    private static List<Channel> parse(String name, String url) {
        try {
            return ChannelUrls.parse(name, url);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new IllegalArgumentException("channel " + name + ": "
                    + (why.startsWith("channel ") ? why.substring(why.indexOf(':') + 2) : why));
        }
    }
}
