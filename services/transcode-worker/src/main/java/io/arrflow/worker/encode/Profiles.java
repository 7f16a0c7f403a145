package io.arrflow.worker.encode;

import io.arrflow.worker.quality.CrfRange;
import io.arrflow.worker.quality.QualityTarget;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The built-in profiles ({@code hevc}, {@code av1}) with a user's overrides and additions. */
public final class Profiles {

    private static final List<String> FAMILY_SUFFIXES = List.of("-software", "-vaapi", "-qsv");

    private final Map<String, Profile> byName = new HashMap<>();

    /** Overrides: name → (codec, softwareEncoder, preset, quality, range, target), each part optional (null). */
    public Profiles(Map<String, Override> overrides) {
        byName.put(Profile.HEVC.name(), Profile.HEVC);
        byName.put(Profile.AV1.name(), Profile.AV1);
        overrides.forEach((name, o) -> byName.put(key(name), merge(key(name), base(name, o), o)));
    }

    public record Override(
            String codec,
            String softwareEncoder,
            String preset,
            Integer quality,
            CrfRange range,
            QualityTarget target) {}

    /**
     * The profile a job names; the default (hevc) when it names none. library-watcher's family variants
     * ({@code hevc-vaapi}, {@code hevc-software} …) are the base profile: the family is in the job's queue.
     */
    public Optional<Profile> named(String name) {
        String wanted = name == null || name.isBlank() ? "hevc" : key(name);
        Profile exact = byName.get(wanted);
        if (exact != null) {
            return Optional.of(exact);
        }
        return FAMILY_SUFFIXES.stream()
                .filter(wanted::endsWith)
                .findFirst()
                .map(suffix -> byName.get(wanted.substring(0, wanted.length() - suffix.length())));
    }

    private Profile base(String name, Override o) {
        Profile known = byName.get(key(name));
        if (known != null) {
            return known;
        }
        return "av1".equals(o.codec()) ? Profile.AV1 : Profile.HEVC;
    }

    private static Profile merge(String name, Profile base, Override o) {
        return new Profile(
                name,
                o.codec() == null ? base.codec() : o.codec(),
                o.softwareEncoder() == null ? base.softwareEncoder() : o.softwareEncoder(),
                o.preset() == null ? base.preset() : o.preset(),
                o.quality() == null ? base.quality() : o.quality(),
                o.range() == null ? base.range() : o.range(),
                o.target() == null ? base.target() : o.target());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
