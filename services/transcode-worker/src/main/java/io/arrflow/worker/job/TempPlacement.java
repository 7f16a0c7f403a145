package io.arrflow.worker.job;

import io.arrflow.platform.format.Bytes;
import io.arrflow.worker.WorkerProperties.TempLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * Where an output is written while it is made, and whether there is room: beside the original (the
 * default: the swap is then a rename) or in a scratch folder, copied beside the original once verified.
 */
final class TempPlacement {

    private final TempLocation location;
    private final Path directory;
    private final long minFreeBytes;

    TempPlacement(TempLocation location, Path directory, long minFreeBytes) {
        if (location == TempLocation.DIRECTORY && directory == null) {
            throw new IllegalArgumentException("arrflow.worker.temp.directory is required with location DIRECTORY");
        }
        this.location = location;
        this.directory = directory;
        this.minFreeBytes = minFreeBytes;
    }

    /** The scratch file of a job, or null when the output is written beside the original. */
    Path scratchFor(UUID jobId) throws IOException {
        if (location != TempLocation.DIRECTORY) {
            return null;
        }
        Files.createDirectories(directory);
        return directory.resolve(jobId + ".tmp");
    }

    /** Room for an output about the source's size, keeping {@code minFree} free. */
    Optional<String> spaceProblem(Path original, long sourceBytes, Path scratch) throws IOException {
        Optional<String> beside = check(original.getParent(), sourceBytes);
        return scratch == null
                ? beside
                : check(scratch.getParent(), sourceBytes).or(() -> beside);
    }

    private Optional<String> check(Path folder, long sourceBytes) throws IOException {
        long usable = Files.getFileStore(folder).getUsableSpace();
        if (usable - sourceBytes >= minFreeBytes) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                "not enough free space in %s: %s free, the output needs about %s and %s must stay free",
                folder, Bytes.human(usable), Bytes.human(sourceBytes), Bytes.human(minFreeBytes)));
    }
}
