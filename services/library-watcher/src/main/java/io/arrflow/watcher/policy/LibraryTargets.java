package io.arrflow.watcher.policy;

import io.arrflow.model.QualityReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Quality targets per library root, e.g. {@code /media/anime=93/88}: a file under that root is encoded to a
 * VMAF mean of 93 and a 5th percentile of 88 (the longest matching root wins). Files under no listed root get
 * the worker's target (its profile's, else its default).
 */
public final class LibraryTargets {

    public static final LibraryTargets NONE = new LibraryTargets(List.of());

    private final List<Entry> entries;

    private record Entry(String root, QualityReport.Target target) {}

    private LibraryTargets(List<Entry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt((Entry e) -> e.root().length()).reversed())
                .toList();
    }

    /** Parses {@code root=mean/p5} entries; a malformed one is an {@link IllegalArgumentException} naming it. */
    public static LibraryTargets parse(List<String> specs, String settingName) {
        List<Entry> entries = new ArrayList<>();
        for (String spec : specs) {
            if (!spec.isBlank()) {
                entries.add(entry(spec.trim(), settingName));
            }
        }
        return new LibraryTargets(entries);
    }

    private static Entry entry(String spec, String settingName) {
        int equals = spec.lastIndexOf('=');
        int slash = spec.lastIndexOf('/');
        if (equals <= 0 || slash < equals) {
            throw malformed(spec, settingName);
        }
        try {
            double mean = Double.parseDouble(spec.substring(equals + 1, slash));
            double p5 = Double.parseDouble(spec.substring(slash + 1));
            if (mean <= 0 || mean > 100 || p5 <= 0 || p5 > 100) {
                throw malformed(spec, settingName);
            }
            String root = spec.substring(0, equals);
            return new Entry(root.endsWith("/") ? root : root + "/", new QualityReport.Target(mean, p5));
        } catch (NumberFormatException e) {
            throw malformed(spec, settingName);
        }
    }

    private static IllegalArgumentException malformed(String spec, String settingName) {
        return new IllegalArgumentException(settingName + ": '" + spec
                + "' is not root=mean/p5 with scores between 0 and 100 (e.g. /media/anime=93/88)");
    }

    public Optional<QualityReport.Target> forPath(String path) {
        return entries.stream()
                .filter(e -> path.startsWith(e.root()))
                .map(Entry::target)
                .findFirst();
    }
}
