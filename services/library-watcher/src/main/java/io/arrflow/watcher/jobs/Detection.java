package io.arrflow.watcher.jobs;

import io.arrflow.model.ArrItemRef;
import io.arrflow.watcher.policy.Profile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file to decide on.
 *
 * @param file its real path, already checked to be inside a library root
 * @param origin who reported it: {@code sonarr-webhook}, {@code folder-watch}, {@code api}, ...
 * @param requestedProfile a profile a person asked for; such requests skip the "seen" dedupe
 */
public record Detection(Path file, String origin, ArrItemRef arrItem, Optional<Profile> requestedProfile) {

    boolean isExplicitRequest() {
        return requestedProfile.isPresent() || "api".equals(origin) || "request-queue".equals(origin);
    }
}
