package io.arrflow.watcher.jobs;

import io.arrflow.transcode.paths.PathMapper;
import io.arrflow.watcher.library.LibraryGuard;
import io.arrflow.watcher.library.UnsafePath;
import io.arrflow.watcher.policy.Profile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Validates a hand-written transcode request the same way for the queue and {@code POST /api/jobs}:
 * an absolute path (arr paths are mapped), inside a library root, an existing file, a known profile.
 */
public class JobRequests {

    private final PathMapper mapper;
    private final LibraryGuard guard;

    JobRequests(PathMapper mapper, LibraryGuard guard) {
        this.mapper = mapper;
        this.guard = guard;
    }

    public Detection validate(String path, String profile, String origin) {
        if (path == null || path.isBlank()) {
            throw new RequestRejected(RequestRejected.Kind.INVALID, "path is required");
        }
        Optional<Profile> requested = profile(profile);
        Path file;
        try {
            file = guard.requireMediaFile(mapper.toLocal(path.trim()));
        } catch (UnsafePath e) {
            throw new RequestRejected(RequestRejected.Kind.UNUSABLE_PATH, e.getMessage());
        }
        return new Detection(file, origin, null, requested);
    }

    private static Optional<Profile> profile(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Profile.named(name.trim())
                .orElseThrow(() -> new RequestRejected(
                        RequestRejected.Kind.INVALID,
                        "unknown profile '" + name + "': use one of " + Profile.known())));
    }
}
