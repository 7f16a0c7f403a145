package io.arrflow.watcher.library;

import java.util.Comparator;
import java.util.List;

/**
 * Translates paths as an arr app sees them (inside its container) into paths this service sees,
 * with mappings {@code /arr/path=/local/path}. The longest matching prefix wins; a prefix matches
 * whole path segments only ({@code /tv} does not map {@code /tvshows}).
 */
public final class PathMapper {

    private final List<Mapping> mappings;

    record Mapping(String from, String to) {}

    public PathMapper(List<String> specs) {
        this.mappings = specs.stream()
                .map(String::trim)
                .filter(spec -> !spec.isEmpty())
                .map(PathMapper::parse)
                .sorted(Comparator.comparingInt((Mapping m) -> m.from().length())
                        .reversed())
                .toList();
    }

    public String toLocal(String arrPath) {
        for (Mapping mapping : mappings) {
            if (arrPath.equals(mapping.from())) {
                return mapping.to();
            }
            if (arrPath.startsWith(mapping.from() + "/")) {
                return mapping.to() + arrPath.substring(mapping.from().length());
            }
        }
        return arrPath;
    }

    static Mapping parse(String spec) {
        int equals = spec.indexOf('=');
        if (equals <= 0 || equals == spec.length() - 1) {
            throw new IllegalArgumentException(
                    "path mapping '" + spec + "' must look like /arr/path=/local/path (ARRFLOW_PATH_MAPPINGS)");
        }
        return new Mapping(
                trimSlash(spec.substring(0, equals).trim()),
                trimSlash(spec.substring(equals + 1).trim()));
    }

    private static String trimSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
