package io.arrflow.alerts.silence;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One condition of a silence, as Alertmanager writes them: {@code name="value"}, {@code !=},
 * {@code =~} (whole-value regular expression), {@code !~}.
 */
public record Matcher(String name, String value, Boolean isRegex, Boolean isEqual) {

    public Matcher {
        isRegex = isRegex != null && isRegex;
        isEqual = isEqual == null || isEqual;
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a matcher needs a label name");
        }
        value = value == null ? "" : value;
        if (isRegex) {
            Pattern.compile(value);
        }
    }

    public boolean matches(Map<String, String> labels) {
        String actual = labels.getOrDefault(name, "");
        boolean hit = isRegex ? Pattern.compile(value).matcher(actual).matches() : value.equals(actual);
        return hit == isEqual;
    }
}
