package io.arrflow.watcher.policy;

import io.arrflow.transcode.probe.MediaInfo;
import io.arrflow.watcher.policy.Decision.Remux;
import io.arrflow.watcher.policy.Decision.Skip;
import io.arrflow.watcher.policy.Decision.Transcode;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Decides whether a file is skipped, remuxed or transcoded. Plain Java: no I/O, no framework. */
public final class TranscodePolicy {

    private final PolicyRules rules;
    private final LibraryTargets targets;

    public TranscodePolicy(PolicyRules rules) {
        this(rules, LibraryTargets.NONE);
    }

    public TranscodePolicy(PolicyRules rules, LibraryTargets targets) {
        this.rules = rules;
        this.targets = targets;
    }

    /** The decision for a probed file. */
    public Decision decide(Candidate candidate) {
        MediaInfo probe = candidate.probe();
        Optional<Skip> excluded = excludedPath(candidate.path());
        if (excluded.isPresent()) {
            return excluded.get();
        }
        if (probe.videoCodec() == null) {
            return new Skip("no-video", "no video stream (" + probe.formatName() + ")");
        }
        if (probe.sizeBytes() < rules.minSizeBytes()
                && candidate.requestedProfile().isEmpty()) {
            return new Skip("too-small", probe.sizeBytes() + " bytes is below " + rules.minSizeBytes());
        }
        return decideForCodec(candidate.path(), probe, candidate.requestedProfile());
    }

    /** Items whose arr tags are excluded are never touched; decided before any probing. */
    public Optional<Skip> excludedByTags(Collection<String> tags) {
        return tags.stream()
                .map(tag -> tag.toLowerCase(Locale.ROOT))
                .filter(rules.excludedTags()::contains)
                .findFirst()
                .map(tag -> new Skip("excluded-tag", "arr tag '" + tag + "' is excluded"));
    }

    private Optional<Skip> excludedPath(String path) {
        return rules.excludedPaths().stream()
                .filter(prefix -> path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/"))
                .findFirst()
                .map(prefix -> new Skip("excluded-path", "under excluded path " + prefix));
    }

    private Decision decideForCodec(String path, MediaInfo probe, Optional<Profile> requested) {
        String codec = probe.videoCodec().toLowerCase(Locale.ROOT);
        boolean codecIsTarget = requested
                .map(p -> p.codec().equals(codec))
                .orElse(rules.skipCodecs().contains(codec));
        if (!codecIsTarget) {
            Profile profile = requested.orElse(rules.defaultProfile());
            return new Transcode(
                    profile,
                    "video " + codec + " is not " + profile.codec(),
                    targets.forPath(path).orElse(null));
        }
        if (!keepsContainer(probe.formatName())) {
            return new Remux(
                    rules.targetContainer(),
                    "video " + codec + " is fine, container " + probe.formatName() + " is not");
        }
        return new Skip("already-" + codec, "video is already " + codec + " in " + probe.formatName());
    }

    private boolean keepsContainer(String container) {
        String name = container == null ? "" : container.toLowerCase(Locale.ROOT);
        return rules.keepContainers().stream().anyMatch(name::contains);
    }
}
