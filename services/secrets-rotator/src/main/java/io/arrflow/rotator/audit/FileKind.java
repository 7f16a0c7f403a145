package io.arrflow.rotator.audit;

import java.util.Locale;
import java.util.regex.Pattern;

/** The kinds of files the audit reads, recognised by name; everything else is skipped. */
public enum FileKind {
    COMPOSE,
    ENV,
    ARR_CONFIG,
    CONFIG,
    SKIPPED;

    private static final Pattern COMPOSE_NAME = Pattern.compile("(docker-)?compose([.-][\\w.-]+)?\\.ya?ml");
    private static final Pattern CONFIG_NAME = Pattern.compile(".+\\.(ya?ml|properties|conf|ini|toml|json|xml|sh|cfg)");

    /** The kind of a file from its path ({@code /}-separated, as in git). */
    public static FileKind of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (COMPOSE_NAME.matcher(name).matches()) {
            return COMPOSE;
        }
        if (name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env")) {
            return ENV;
        }
        if (name.equals("config.xml")) {
            return ARR_CONFIG;
        }
        return CONFIG_NAME.matcher(name).matches() ? CONFIG : SKIPPED;
    }

    public boolean scanned() {
        return this != SKIPPED;
    }

    /** Files of this kind hold secrets as a whole: purge the file from history rather than a value. */
    public boolean secretBearing() {
        return this == ENV || this == ARR_CONFIG;
    }
}
