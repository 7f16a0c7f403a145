package io.arrflow.worker.swap;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * After a crash, an ffmpeg started by the dead worker may still be writing a temp file (when it could not be
 * tied to the worker's life, or it escaped in the instant between its start and that tie); it is stopped
 * before the file is cleaned up. Only processes whose command line names that exact file.
 */
public class OrphanProcesses {

    /** Kills the processes writing any of the files (null entries are ignored) and says which they were. */
    public List<StoppedProcess> stopWriting(Path... files) {
        List<String> names =
                Stream.of(files).filter(Objects::nonNull).map(Path::toString).toList();
        if (names.isEmpty()) {
            return List.of();
        }
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> writesAny(p, names))
                .map(OrphanProcesses::stop)
                .toList();
    }

    private static boolean writesAny(ProcessHandle process, List<String> files) {
        String command = process.info().commandLine().orElse("");
        return files.stream().anyMatch(command::contains);
    }

    private static StoppedProcess stop(ProcessHandle process) {
        String command = process.info().commandLine().orElse("?");
        process.destroyForcibly();
        return new StoppedProcess(process.pid(), command);
    }
}
