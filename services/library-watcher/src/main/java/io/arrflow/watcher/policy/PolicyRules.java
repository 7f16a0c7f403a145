package io.arrflow.watcher.policy;

import java.util.List;
import java.util.Set;

/** The settings of the transcode policy (from {@code arrflow.policy.*}). */
public record PolicyRules(
        Profile defaultProfile,
        long minSizeBytes,
        Set<String> skipCodecs,
        List<String> keepContainers,
        String targetContainer,
        List<String> excludedPaths,
        Set<String> excludedTags) {}
