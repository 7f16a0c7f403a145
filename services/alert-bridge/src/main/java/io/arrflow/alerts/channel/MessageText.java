package io.arrflow.alerts.channel;

import io.arrflow.alerts.alert.Alert;
import io.arrflow.alerts.alert.AlertStatus;
import io.arrflow.alerts.alert.Notification;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a message, the same on every channel: a title that says the state and what is
 * affected, one line per alert, a link back. Cut to each channel's size limit, never mid-promise:
 * what does not fit is counted ("… and 7 more").
 */
public final class MessageText {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private MessageText() {}

    public static String title(Notification n, int max) {
        String state =
                switch (n.status()) {
                    case FIRING ->
                        (n.reminder() ? "STILL FIRING" : "FIRING") + ":"
                                + n.firing().size();
                    case RESOLVED -> "RESOLVED";
                    case NOTICE ->
                        n.notices().size() == 1
                                ? "NOTICE"
                                : "NOTICE:" + n.notices().size();
                };
        List<Alert> shown =
                n.status() == AlertStatus.FIRING ? n.firing() : n.all().toList();
        String names = shown.stream()
                .map(Alert::name)
                .distinct()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        String subjects = subjects(shown);
        return fit("[" + state + "] " + names + (subjects.isEmpty() ? "" : ": " + subjects), max);
    }

    /** The alert lines and the link, within {@code max} characters. */
    public static String body(Notification n, int max) {
        List<String> lines = lines(n);
        String link = n.link() == null ? "" : "\n" + n.link();
        return fitLines(lines, max - link.length()) + (link.length() < max ? link : "");
    }

    /** The alert lines only, within {@code max} characters, for channels that show the link apart. */
    public static String alertLines(Notification n, int max) {
        return fitLines(lines(n), max);
    }

    /** As {@link #body} but within {@code maxBytes} UTF-8 bytes (ntfy counts bytes). */
    public static String bodyWithinBytes(Notification n, int maxBytes) {
        int chars = maxBytes;
        String body = body(n, chars);
        while (body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            chars -= Math.max(16, (body.getBytes(StandardCharsets.UTF_8).length - maxBytes));
            body = body(n, chars);
        }
        return body;
    }

    public static List<String> lines(Notification n) {
        List<String> lines = new ArrayList<>();
        n.firing().forEach(a -> lines.add(line(n.fresh().contains(a.fingerprint()) ? "🔴" : "🟠", a)));
        n.resolved().forEach(a -> lines.add(line("✅", a)));
        n.notices()
                .forEach(a -> lines.add(
                        line(a.severity().atLeast(io.arrflow.alerts.alert.Severity.WARNING) ? "⚠️" : "ℹ️", a)));
        return lines;
    }

    public static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return max <= 1 ? text.substring(0, Math.max(0, max)) : text.substring(0, max - 1) + "…";
    }

    private static String line(String mark, Alert a) {
        String state =
                a.status() == AlertStatus.RESOLVED ? "resolved" : a.severity().wireName();
        String subject = a.subject() == null || a.subject().isBlank() ? "" : " " + a.subject();
        String summary = a.summary().isBlank() ? "" : ": " + a.summary();
        return mark + " " + a.name() + subject + " (" + state + ", " + TIME.format(a.at()) + ")" + summary;
    }

    private static String subjects(List<Alert> alerts) {
        List<String> subjects = alerts.stream()
                .map(Alert::subject)
                .filter(s -> s != null && !s.isBlank())
                .distinct()
                .toList();
        if (subjects.size() <= 3) {
            return String.join(", ", subjects);
        }
        return String.join(", ", subjects.subList(0, 3)) + " +" + (subjects.size() - 3) + " more";
    }

    private static String fitLines(List<String> lines, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = (i == 0 ? "" : "\n") + lines.get(i);
            String more = "\n… and " + (lines.size() - i) + " more";
            boolean last = i == lines.size() - 1;
            if (out.length() + line.length() + (last ? 0 : more.length()) > max) {
                return out.isEmpty()
                        ? fit(lines.get(i), max)
                        : out + more.substring(0, Math.min(more.length(), max - out.length()));
            }
            out.append(line);
        }
        return out.toString();
    }
}
