package io.arrflow.worker.job;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Translates a job's path (as library-watcher and the arr apps see it) to this worker's path and
 * back, from {@code /from=/to} rules; the longest matching prefix wins.
 */
public final class PathMapping {

    private final List<Rule> rules;

    record Rule(String from, String to) {}

    public PathMapping(List<String> mappings) {
        this.rules = mappings.stream()
                .filter(m -> !m.isBlank())
                .map(PathMapping::rule)
                .sorted(Comparator.comparingInt((Rule r) -> r.from().length()).reversed())
                .toList();
    }

    private static Rule rule(String mapping) {
        int eq = mapping.indexOf('=');
        if (eq <= 0 || eq == mapping.length() - 1) {
            throw new IllegalArgumentException("path mapping must look like /from=/to: " + mapping);
        }
        return new Rule(
                trimSlash(mapping.substring(0, eq).trim()),
                trimSlash(mapping.substring(eq + 1).trim()));
    }

    public Path toWorker(String jobPath) {
        for (Rule rule : rules) {
            if (under(jobPath, rule.from())) {
                return Path.of(rule.to() + jobPath.substring(rule.from().length()));
            }
        }
        return Path.of(jobPath);
    }

    public String toJob(Path workerPath) {
        String path = workerPath.toString();
        return rules.stream()
                .sorted(Comparator.comparingInt((Rule r) -> r.to().length()).reversed())
                .filter(rule -> under(path, rule.to()))
                .findFirst()
                .map(rule -> rule.from() + path.substring(rule.to().length()))
                .orElse(path);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
