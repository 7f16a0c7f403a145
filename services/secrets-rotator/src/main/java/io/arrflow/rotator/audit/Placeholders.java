package io.arrflow.rotator.audit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Values that are documented placeholders, not secrets: variable references and shell expansions
 * ({@code ${X}}, {@code $X}, {@code "$work/x"}, {@code $(cat f)}), angle-bracket hints, words such as {@code changeme}, masks and repeated characters.
 * A line can also be allowed explicitly with the marker {@code arrflow-audit:allow}.
 */
public final class Placeholders {

    public static final String ALLOW_MARKER = "arrflow-audit:allow";

    private static final List<String> WORDS = List.of(
            "changeme",
            "change-me",
            "change_me",
            "example",
            "placeholder",
            "your",
            "xxxx",
            "dummy",
            "redacted",
            "secret_here",
            "replace",
            "sample",
            "notasecret",
            "not-a-secret");
    private static final Pattern REFERENCE =
            Pattern.compile("^(\\$\\{[^}]*}|\\$[A-Za-z_][A-Za-z0-9_]*|<[^>]*>|\\{\\{.*}})$");
    private static final Pattern FILE_PATH = Pattern.compile("^(\\.{0,2}/|~/)[\\w.@/-]*$");
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    /** A dotted name of lower-case words: a queue, exchange or property name such as arrflow.secrets.commands. */
    private static final Pattern DOTTED_NAME = Pattern.compile("^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+$");

    private static final Pattern EXPANSION = Pattern.compile("\\$(\\{|\\(|[A-Za-z_])");
    private static final Pattern MASK = Pattern.compile("^[*.•#-]+$");

    private Placeholders() {}

    public static boolean isPlaceholder(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return REFERENCE.matcher(value).matches()
                || EXPANSION.matcher(value).find()
                || MASK.matcher(value).matches()
                || value.chars().distinct().count() <= 2
                || WORDS.stream().anyMatch(lower::contains);
    }

    /**
     * A value that names where a secret is rather than being one: a file path
     * ({@code /run/secrets/x}, {@code ./secrets/x}), a URL (whose password, if any, the URL rule checks)
     * or a dotted name of lower-case words ({@code arrflow.secrets.commands}).
     */
    public static boolean isReference(String value) {
        return FILE_PATH.matcher(value).matches()
                || URL.matcher(value).matches()
                || DOTTED_NAME.matcher(value).matches();
    }

    public static boolean isAllowedLine(String line) {
        return line.contains(ALLOW_MARKER);
    }
}
