package io.arrflow.platform.config;

import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM reads file names in the encoding of the locale it was started in. Under the C/POSIX locale
 * (LANG unset, as for many services started by systemd or cron) that is ASCII, and a library path such
 * as "Amélie" cannot even be named; said once at start-up, with the fix.
 */
public final class FileNameEncoding {

    private static final Logger log = LoggerFactory.getLogger(FileNameEncoding.class);

    private final String encoding;

    FileNameEncoding(String encoding) {
        this.encoding = encoding;
        warning(encoding).ifPresent(log::warn);
    }

    static FileNameEncoding ofThisJvm() {
        return new FileNameEncoding(System.getProperty("sun.jnu.encoding", "unknown"));
    }

    static Optional<String> warning(String encoding) {
        String normalized = encoding.toUpperCase(Locale.ROOT).replace("-", "");
        if (normalized.equals("UTF8")) {
            return Optional.empty();
        }
        return Optional.of("file names are read as " + encoding + ", not UTF-8: paths with other characters"
                + " (Amélie, 日本語) cannot be handled and are refused. Start arrflow with LANG=C.UTF-8"
                + " (bin/run and the images do).");
    }

    public String encoding() {
        return encoding;
    }
}
