package io.arrflow.transcode.paths;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Translates paths between what the arr apps and library-watcher's jobs name (inside their containers) and
 * what this service sees, from {@code /from=/to} rules. The longest matching prefix wins, in either
 * direction, and a prefix matches whole path segments only ({@code /tv} does not map {@code /tvshows}).
 */
public final class PathMapper {

    private final List<Rule> byFrom;
    private final List<Rule> byTo;

    record Rule(String from, String to) {}

    /**
     * @param rules {@code /from=/to} each; blank ones are ignored
     * @param setting the configuration setting the rules come from, named when one is malformed
     */
    public PathMapper(List<String> rules, String setting) {
        List<Rule> parsed = rules.stream()
                .map(String::trim)
                .filter(rule -> !rule.isEmpty())
                .map(rule -> parse(rule, setting))
                .toList();
        this.byFrom = longestFirst(parsed, Rule::from);
        this.byTo = longestFirst(parsed, Rule::to);
    }

    /** A path as the arr apps and jobs name it, as this service sees it. */
    public String toLocal(String foreignPath) {
        for (Rule rule : byFrom) {
            if (under(foreignPath, rule.from())) {
                return rule.to() + foreignPath.substring(rule.from().length());
            }
        }
        return foreignPath;
    }

    /** A path this service sees, as the arr apps and jobs name it. */
    public String toForeign(String localPath) {
        for (Rule rule : byTo) {
            if (under(localPath, rule.to())) {
                return rule.from() + localPath.substring(rule.to().length());
            }
        }
        return localPath;
    }

    private static Rule parse(String rule, String setting) {
        int equals = rule.indexOf('=');
        if (equals <= 0 || equals == rule.length() - 1) {
            throw new IllegalArgumentException(
                    "path mapping '" + rule + "' must look like /from/path=/to/path (" + setting + ")");
        }
        return new Rule(
                trimSlash(rule.substring(0, equals).trim()),
                trimSlash(rule.substring(equals + 1).trim()));
    }

    private static List<Rule> longestFirst(List<Rule> rules, Function<Rule, String> side) {
        return rules.stream()
                .sorted(Comparator.comparingInt((Rule r) -> side.apply(r).length())
                        .reversed())
                .toList();
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
